using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>; no <see cref="ContinuationToken"/> on the last page.</summary>
public sealed class PagedMembersResult
{
    public IList<TeamsChannelAccount>? Members { get; set; }

    public string? ContinuationToken { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
