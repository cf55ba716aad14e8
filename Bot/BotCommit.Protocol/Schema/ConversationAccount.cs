using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// The conversation an activity belongs to. <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c>
/// or <c>channel</c>; a channel thread id carries a <c>;messageid=…</c> suffix.
/// </summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    public string? Name { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
