using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// A user or bot on the wire (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>). In Teams <see cref="Id"/> is
/// <c>29:…</c> for users (unique per bot) and <c>28:{appId}</c> for the bot; <see cref="AadObjectId"/> is the
/// Entra object id and the only stable identity of a person.
/// </summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
