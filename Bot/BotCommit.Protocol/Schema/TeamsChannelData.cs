using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// Teams' <c>channelData</c>: tenant, team, channel, event type, install settings and (outbound) notification.
/// Everything else Teams sends (<c>source</c>, legacy <c>teamsTeamId</c>, …) stays in the extension data.
/// </summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    /// <summary>For <c>conversationUpdate</c> in teams: <c>teamMemberAdded</c>, <c>channelCreated</c>, …</summary>
    public string? EventType { get; set; }

    public TeamsChannelDataSettings? Settings { get; set; }

    public NotificationInfo? Notification { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
