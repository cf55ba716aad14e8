using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests;

public class CardSizeTests
{
    [Theory]
    [InlineData("{\"a\":\"b\"}", 18)]
    [InlineData("{\"text\":\"—\"}", 2 * 12)] // non-ASCII goes on the wire as itself
    [InlineData("{\"text\":\"周一\"}", 2 * 13)] // Chinese too
    [InlineData("{\"text\":\"<b>\"}", 2 * 24)] // HTML-sensitive characters stay escaped (\u003C)
    [InlineData("[1, 2, 3]", 14)] // compact: the whitespace of the source does not count
    public void Utf16Bytes_Json_CountsTwoBytesPerSerializedCharacter(string json, int expected)
    {
        var node = JsonNode.Parse(json)!;

        Assert.Equal(expected, CardSize.Utf16Bytes(node));
    }

    [Theory]
    [InlineData("{\"text\":\"周一\"}", 2 * 23)] // \u5468\u4E00
    [InlineData("{\"text\":\"<b>\"}", 2 * 24)]
    public void Utf16BytesAllEscaped_Json_EscapesEveryNonAsciiCharacter(string json, int expected)
    {
        Assert.Equal(expected, CardSize.Utf16BytesAllEscaped(JsonNode.Parse(json)!));
    }

    [Fact]
    public void Utf16Bytes_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CardSize.Utf16Bytes(null!));
    }
}
