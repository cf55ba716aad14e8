using System.Text.Json.Nodes;

namespace BotCommit.Protocol.Schema;

/// <summary>Builds outbound message activities (no id, timestamp or serviceUrl: the channel assigns those).</summary>
public static class MessageFactory
{
    /// <summary>A plain text message.</summary>
    public static Activity Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Activity { Type = ActivityTypes.Message, Text = text };
    }

    /// <summary>A message carrying one Adaptive Card; <paramref name="summary"/> is the notification text.</summary>
    public static Activity Card(JsonNode card, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [Attachment.AdaptiveCard(card)],
            Summary = summary,
        };
    }
}
