using System.Text.Json.Nodes;

namespace BotCommit.Bot.CardActions;

/// <summary>
/// What the user sees after a card action: a card that replaces the acted-on card (Action.Execute: in the invoke
/// response; Action.Submit: by updating that message), or a short text message.
/// </summary>
internal sealed record CardActionResult
{
    private CardActionResult(JsonObject? card, string? text, string? summary)
    {
        Card = card;
        Text = text;
        Summary = summary;
    }

    public JsonObject? Card { get; }

    public string? Text { get; }

    /// <summary>Notification text for a card-only message.</summary>
    public string? Summary { get; }

    public static CardActionResult ReplaceCard(JsonObject card, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(card, null, summary);
    }

    public static CardActionResult Message(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(null, text, null);
    }
}
