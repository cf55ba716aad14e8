using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>A Teams channel (<c>channelData.channel</c>, <c>settings.selectedChannel</c>).</summary>
public sealed class ChannelInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
