using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// An attachment of an activity: inbound the HTML copy of a message or a file, outbound an Adaptive Card.
/// </summary>
public sealed class Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public JsonNode? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Wraps an Adaptive Card JSON object as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }
}
