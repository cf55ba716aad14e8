using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// Answer of <c>POST v3/conversations</c>: the conversation id (for a channel thread <c>{channel};messageid={root}</c>),
/// the id of the first activity when one was sent, and possibly a serviceUrl.
/// </summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
