using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>The connector's answer to a send/reply/update: the id of the message (may be null, e.g. on 202).</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
