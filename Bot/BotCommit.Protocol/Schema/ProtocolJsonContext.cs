using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for every wire type: camelCase names, nulls omitted on write,
/// case-insensitive reads. Use <c>ProtocolJsonContext.Default.Activity</c> etc.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(ConversationList))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;

/// <summary>What goes on the wire to Teams.</summary>
public sealed partial class ProtocolJsonContext
{
    /// <summary>
    /// The context outbound activities and invoke answers are written with: as <see cref="JsonSerializerContext"/>'s
    /// default, but Chinese (any non-ASCII letter) is written as itself instead of <c>\u5468</c>, six characters per
    /// character — a Chinese card is about a third of its escaped size. HTML-sensitive characters (<c>&lt; &gt; &amp; ' "
    /// + `</c>), control characters and lone surrogates stay escaped (<see cref="JavaScriptEncoder.Create(UnicodeRange[])"/>
    /// keeps those rules for every range), so a card's text can still never close a script or an attribute.
    /// </summary>
    public static ProtocolJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        // The same options as the attribute above, plus the encoder.
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
