using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// An Adaptive Card declared as version 1.5 (the highest Teams supports for bot-sent cards), full width in Teams.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>Shown by clients (and notifications) that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = Body.ToJsonArray(),
        };
        if (Actions.Count > 0)
        {
            json["actions"] = Actions.ToJsonArray();
        }

        json.AddIfNotNull("fallbackText", FallbackText);
        return json;
    }
}
