using System.Globalization;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.Tests.Serialization;

public sealed class MinorUnitsTests
{
    [Theory]
    [InlineData("0.01", 1L)]
    [InlineData("999999999.99", 99_999_999_999L)]
    [InlineData("0", 0L)]
    [InlineData("1234.5", 123_450L)]
    [InlineData("1234.50", 123_450L)]
    [InlineData("-12.34", -1_234L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    public void FromAmount_ThenToAmount_IsExact(string text, long minor)
    {
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);

        var stored = MinorUnits.FromAmount(amount);

        Assert.Equal(minor, stored);
        Assert.Equal(amount, MinorUnits.ToAmount(stored));
    }

    [Fact]
    public void ToAmount_HasScaleTwo()
    {
        var amount = MinorUnits.ToAmount(123_450L);

        Assert.Equal("1234.50", amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1234.567")]
    public void FromAmount_MoreThanTwoDecimals_Throws(string text)
    {
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentException>(() => MinorUnits.FromAmount(amount));
    }

    [Fact]
    public void FromAmount_BeyondLongMinorUnits_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinorUnits.FromAmount(92_233_720_368_547_758.08m));
    }
}
