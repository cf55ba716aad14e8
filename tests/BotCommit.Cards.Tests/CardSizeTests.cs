using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests;

public class CardSizeTests
{
    [Theory]
    [InlineData("{\"a\":\"b\"}", 18)]
    [InlineData("{\"text\":\"—\"}", 2 * 17)] // non-ASCII is written escaped (\u2014) by the default encoder
    [InlineData("{\"text\":\"<b>\"}", 2 * 24)] // so are HTML-sensitive characters (\u003C)
    [InlineData("[1, 2, 3]", 14)] // compact: the whitespace of the source does not count
    public void Utf16Bytes_Json_CountsTwoBytesPerSerializedCharacter(string json, int expected)
    {
        var node = JsonNode.Parse(json)!;

        Assert.Equal(expected, CardSize.Utf16Bytes(node));
    }

    [Fact]
    public void Utf16Bytes_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CardSize.Utf16Bytes(null!));
    }
}
