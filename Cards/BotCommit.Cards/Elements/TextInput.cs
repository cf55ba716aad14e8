using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Input.Text</c>; its value arrives as a string.</summary>
public sealed record TextInput(string InputId) : CardInput(InputId)
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public int? MaxLength { get; init; }

    public bool IsMultiline { get; init; }

    public string? Regex { get; init; }

    protected override string Type => "Input.Text";

    protected override void WriteInputProperties(JsonObject json)
    {
        json.AddIfNotNull("value", Value);
        json.AddIfNotNull("placeholder", Placeholder);
        json.AddIfNotNull("regex", Regex);
        json.AddIfTrue("isMultiline", IsMultiline);
        if (MaxLength is { } maxLength)
        {
            json["maxLength"] = maxLength;
        }
    }
}
