using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Input.Toggle</c>; its value arrives as "true" or "false".</summary>
public sealed record ToggleInput(string InputId, string Title) : CardInput(InputId)
{
    public bool Value { get; init; }

    protected override string Type => "Input.Toggle";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["title"] = Title;
        json["value"] = Value ? "true" : "false";
        json["valueOn"] = "true";
        json["valueOff"] = "false";
    }
}
