using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>Answer of <c>GET v3/teams/{teamId}/conversations</c>: the team's channels (General has no name).</summary>
public sealed class ConversationList
{
    public IList<ChannelInfo>? Conversations { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
