using System.Globalization;
using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Input.Date</c>; its value arrives as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput(string InputId) : CardInput(InputId)
{
    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    protected override string Type => "Input.Date";

    protected override void WriteInputProperties(JsonObject json)
    {
        json.AddIfNotNull("value", Format(Value));
        json.AddIfNotNull("min", Format(Min));
        json.AddIfNotNull("max", Format(Max));
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
