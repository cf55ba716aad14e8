using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>Shows or hides elements client-side (used to collapse deals so long cards stay usable).</summary>
public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title)
{
    protected override string Type => "Action.ToggleVisibility";

    protected override void WriteActionProperties(JsonObject json) =>
        json["targetElements"] = new JsonArray(TargetElements.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
}
