using System.Globalization;
using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// <c>Input.Date</c>; its value arrives as <c>yyyy-MM-dd</c>. <see cref="Value"/> is text so that a value the server
/// rejected can be shown again exactly as it was sent.
/// </summary>
public sealed record DateInput(string InputId) : CardInput(InputId)
{
    /// <summary><c>yyyy-MM-dd</c> (see <see cref="Format"/>), or the rep's own text when it was invalid.</summary>
    public string? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    protected override string Type => "Input.Date";

    /// <summary>The wire form of a date: <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override void WriteInputProperties(JsonObject json)
    {
        json.AddIfNotNull("value", Value);
        json.AddIfNotNull("min", Min is { } min ? Format(min) : null);
        json.AddIfNotNull("max", Max is { } max ? Format(max) : null);
    }
}
