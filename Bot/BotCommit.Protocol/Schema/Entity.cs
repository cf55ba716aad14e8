using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// An entity of an activity. Teams sends <c>mention</c> (<see cref="Mentioned"/>, <see cref="Text"/>) and
/// <c>clientInfo</c> (locale, country, platform, timezone in the extension data); unknown types are ignored.
/// </summary>
public sealed class Entity
{
    /// <summary>Entity type of a mention.</summary>
    public const string MentionType = "mention";

    public string? Type { get; set; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a mention: the <c>&lt;at&gt;Name&lt;/at&gt;</c> markup as it appears in the text.</summary>
    public string? Text { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
