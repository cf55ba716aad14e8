using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Input.Number</c>; its value arrives as a string (by design of the schema) and is parsed invariantly.</summary>
public sealed record NumberInput(string InputId) : CardInput(InputId)
{
    public decimal? Value { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public string? Placeholder { get; init; }

    protected override string Type => "Input.Number";

    protected override void WriteInputProperties(JsonObject json)
    {
        if (Value is { } value)
        {
            json["value"] = value;
        }

        if (Min is { } min)
        {
            json["min"] = min;
        }

        if (Max is { } max)
        {
            json["max"] = max;
        }

        json.AddIfNotNull("placeholder", Placeholder);
    }
}
