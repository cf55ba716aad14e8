using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Periods;

public class ReviewPeriodTests
{
    [Theory]
    [InlineData("2026-W45", "2026-11", 1, 5)] // Mondays of Nov 2026: 2, 9, 16, 23, 30
    [InlineData("2026-W47", "2026-11", 3, 5)]
    [InlineData("2026-W49", "2026-11", 5, 5)] // Mon 30 Nov, Sun 6 Dec: the week belongs to November
    [InlineData("2026-W50", "2026-12", 1, 4)] // Mondays of Dec 2026: 7, 14, 21, 28
    [InlineData("2026-W09", "2026-02", 4, 4)] // Mondays of Feb 2026: 2, 9, 16, 23
    [InlineData("2026-W23", "2026-06", 1, 5)] // June 2026 starts on a Monday: 1, 8, 15, 22, 29
    public void For_Week_PositionsItAmongTheWeeksOfItsMonth(string week, string month, int k, int n)
    {
        var period = ReviewPeriod.For(ForecastWeek.Parse(week), 1);

        Assert.Equal(month, period.Month.ToString());
        Assert.Equal(k, period.WeekOfMonth);
        Assert.Equal(n, period.WeeksInMonth);
    }

    [Fact]
    public void For_Week_LastWeekIsMondayMinusSevenToMinusOne()
    {
        var period = ReviewPeriod.For(ForecastWeek.Parse("2026-W47"), 8);

        Assert.Equal(Given.Date("2026-11-09"), period.LastWeekStart);
        Assert.Equal(Given.Date("2026-11-15"), period.LastWeekEnd);
        Assert.Equal("2026-11", period.Quarter.Key);
    }
}
