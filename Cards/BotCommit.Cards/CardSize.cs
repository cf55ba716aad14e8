using System.Text.Json.Nodes;

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

    /// <summary>
    /// UTF-16 size of <paramref name="node"/> serialized compactly with System.Text.Json's default encoder, which escapes
    /// non-ASCII and HTML-sensitive characters (<c>\u2014</c>); serializers that escape less produce smaller text, so
    /// this is an upper bound for them.
    /// </summary>
    public static int Utf16Bytes(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return checked(2 * node.ToJsonString().Length);
    }
}
