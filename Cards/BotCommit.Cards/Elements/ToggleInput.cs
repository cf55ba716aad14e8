using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// <c>Input.Toggle</c>; its value arrives as "true" or "false" (the schema's default <c>valueOn</c>/<c>valueOff</c>,
/// not repeated in the JSON: long cards carry dozens of toggles).
/// </summary>
public sealed record ToggleInput(string InputId, string Title) : CardInput(InputId)
{
    public bool Value { get; init; }

    protected override string Type => "Input.Toggle";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["title"] = Title;
        json["value"] = Value ? "true" : "false";
    }
}
