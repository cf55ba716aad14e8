using BotCommit.Forecasting.Deals;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.Tests.Serialization;

public sealed class InvariantTextTests
{
    [Theory]
    [InlineData("Commit", ForecastCategory.Commit)]
    [InlineData("Lost", ForecastCategory.Lost)]
    public void ToEnum_Name_Parses(string text, ForecastCategory expected)
    {
        Assert.Equal(expected, InvariantText.ToEnum<ForecastCategory>(text, "Category"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("commit")]
    [InlineData("Unknown")]
    [InlineData("Commit, Upside")]
    [InlineData("Forecast")]
    public void ToEnum_NotADefinedName_IsCorrupt(string? text)
    {
        var error = Assert.Throws<InvalidDataException>(() => InvariantText.ToEnum<ForecastCategory>(text, "Category"));

        Assert.Contains("Category", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-09")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void ToDate_OfFromDate_RoundTrips(string text)
    {
        var date = InvariantText.ToDate(text, "CloseDate");

        Assert.Equal(text, InvariantText.FromDate(date));
    }

    [Theory]
    [InlineData("09.12.2026")]
    [InlineData("2026-12-9")]
    [InlineData("2026-02-30")]
    [InlineData(null)]
    public void ToDate_NotIsoDate_IsCorrupt(string? text)
    {
        Assert.Throws<InvalidDataException>(() => InvariantText.ToDate(text, "CloseDate"));
    }

    [Fact]
    public void CheckInstant_Before1601_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InvariantText.CheckInstant(new DateTimeOffset(1600, 12, 31, 23, 59, 59, TimeSpan.Zero), "at"));
        Assert.Equal(InvariantText.MinInstant, InvariantText.CheckInstant(InvariantText.MinInstant, "at"));
    }

    [Fact]
    public void Decimals_UnderAnotherCulture_StayInvariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            var text = InvariantText.FromDecimal(1_000_000.125m);

            Assert.Equal("1000000.125", text);
            Assert.Equal(1_000_000.125m, InvariantText.ToDecimal(text, "AmountCeiling"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
