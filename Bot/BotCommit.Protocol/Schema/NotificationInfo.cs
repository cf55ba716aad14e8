using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary><c>channelData.notification</c> on an outbound message: <see cref="Alert"/> raises an activity-feed entry.</summary>
public sealed class NotificationInfo
{
    public bool? Alert { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
