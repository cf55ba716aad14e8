using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire (only the fields BotCommit uses are typed; everything else is
/// kept in <see cref="ExtensionData"/> so it survives a round trip). Mutable on purpose: it is a wire DTO, built by
/// <see cref="MessageFactory"/> or deserialized through <see cref="ProtocolJsonContext"/>.
/// </summary>
public sealed class Activity
{
    /// <summary>Activity type, see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Channel-assigned id; bots never set it on new activities.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel recorded the activity (UTC, written with a <c>Z</c> suffix).</summary>
    [JsonConverter(typeof(Iso8601DateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The client's wall clock, with its UTC offset (written with the offset, e.g. <c>+01:00</c>).</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone of the client, e.g. <c>Europe/Berlin</c>.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Connector base URL for replies; trusted only once the inbound token's <c>serviceurl</c> claim matched.</summary>
    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Payload of an <c>Action.Submit</c> message or of an invoke.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public IList<Entity>? Entities { get; set; }

    public TeamsChannelData? ChannelData { get; set; }

    /// <summary>BCP-47 UI language of the user.</summary>
    public string? Locale { get; set; }

    /// <summary>Text shown in notifications for a card-only message.</summary>
    public string? Summary { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
