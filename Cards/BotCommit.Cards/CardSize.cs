using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace BotCommit.Cards;

/// <summary>
/// Teams counts a bot message's size as UTF-16, i.e. 2 bytes per character of the serialized activity (card JSON
/// included): about 100 KB is accepted, keep at most <see cref="MaxActivityBytes"/>, aim for <see cref="TargetActivityBytes"/>.
/// </summary>
public static class CardSize
{
    /// <summary>Above this a message may be refused with 413 MessageSizeTooBig.</summary>
    public const int MaxActivityBytes = 80_000;

    /// <summary>The older, conservative limit cards should aim for.</summary>
    public const int TargetActivityBytes = 40_000;

    // The encoder the protocol layer writes activities with (ProtocolJsonContext.Wire, a test keeps them equal): letters of
    // every script as themselves, HTML-sensitive and control characters escaped.
    private static readonly JsonSerializerOptions s_wire = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// UTF-16 size of <paramref name="node"/> serialized compactly as it goes on the wire: Chinese and other letters as
    /// themselves, HTML-sensitive (<c>\u003C</c>) and control characters escaped.
    /// </summary>
    public static int Utf16Bytes(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return checked(2 * node.ToJsonString(s_wire).Length);
    }

    /// <summary>
    /// UTF-16 size with System.Text.Json's default encoder, which also escapes every non-ASCII character (<c>\u5468</c>):
    /// what a Chinese card cost before the wire encoder, kept for comparison.
    /// </summary>
    public static int Utf16BytesAllEscaped(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return checked(2 * node.ToJsonString().Length);
    }
}
