using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// Where to reach a user or channel proactively (protocol doc 4.5): serviceUrl, tenant, conversation, bot, user,
/// locale, time zone and reachability <see cref="State"/> (<see cref="ConversationReferenceStates"/>).
/// A reference is usable for outbound calls with the bot's token only when <see cref="ServiceUrlVerified"/> is set.
/// </summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary>Set only when the serviceUrl was taken from an authenticated activity.</summary>
    public ServiceUrlVerification? ServiceUrlVerified { get; set; }

    public string? TenantId { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }

    /// <summary>IANA time zone of the user's client when the reference was taken.</summary>
    public string? TimeZone { get; set; }

    /// <summary>For team/channel references: the team id (roster calls use it).</summary>
    public string? TeamId { get; set; }

    /// <summary>For team/channel references: the team's Entra group id.</summary>
    public string? TeamAadGroupId { get; set; }

    /// <summary>For team/channel references: the channel id (conversation id without <c>;messageid=…</c>).</summary>
    public string? ChannelIdInTeam { get; set; }

    public string? State { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
