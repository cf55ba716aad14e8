using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Periods;

public class YearMonthTests
{
    [Theory]
    [InlineData("2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")] // leap year
    [InlineData("2026-12", "2026-12-01", "2026-12-31")]
    public void Parse_Key_HasFirstAndLastDay(string key, string first, string last)
    {
        var month = YearMonth.Parse(key);

        Assert.Equal(Given.Date(first), month.First);
        Assert.Equal(Given.Date(last), month.Last);
        Assert.Equal(key, month.ToString());
    }

    [Theory]
    [InlineData("2026-11", 2, "2027-01")]
    [InlineData("2026-01", -1, "2025-12")]
    [InlineData("2026-05", -17, "2024-12")]
    public void AddMonths_AcrossYears_Wraps(string start, int months, string expected)
    {
        var result = YearMonth.Parse(start).AddMonths(months);

        Assert.Equal(expected, result.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("26-11")]
    [InlineData("2026/11")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_MonthOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2026, 13));
    }
}
