using BotCommit.Forecasting.Deals;

namespace BotCommit.Forecasting.Tests.Deals;

public class DealIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("OPP-2026_0001")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")] // 64 chars
    public void From_SafeCharacters_Accepts(string value)
    {
        var id = DealId.From(value);

        Assert.Equal(value, id.Value);
        Assert.Equal(value, id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("déal")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")] // 65 chars
    public void From_UnsafeOrTooLong_Throws(string value)
    {
        Assert.False(DealId.TryFrom(value, out _));
        Assert.Throws<ArgumentException>(() => DealId.From(value));
    }
}
