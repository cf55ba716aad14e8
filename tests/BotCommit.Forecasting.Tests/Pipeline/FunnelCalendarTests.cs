using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Forecasting.Tests.Pipeline;

public class FunnelCalendarTests
{
    [Theory]
    [InlineData("2026-W41", 1, 1, 13, "2026-W28")] // Q4 2026 starts Thu 1 Oct: first Monday 5 Oct; Q3's is 6 Jul
    [InlineData("2026-W47", 1, 7, 13, "2026-W34")]
    [InlineData("2026-W53", 1, 13, 13, "2026-W40")] // Mon 28 Dec: Q4's 13th week; Q3's 13th is Mon 28 Sep
    [InlineData("2027-W01", 1, 1, 13, "2026-W41")] // Mon 4 Jan 2027 opens Q1 2027
    [InlineData("2024-W40", 1, 14, 14, "2024-W26")] // Mon 30 Sep 2024: Q3 2024 (1 Jul is a Monday) has 14 weeks, Q2 2024 only 13 (its last: Mon 24 Jun)
    [InlineData("2024-W27", 1, 1, 14, "2024-W14")] // Mon 1 Jul 2024; Q2 2024 starts Mon 1 Apr
    [InlineData("2026-W28", 7, 1, 13, "2026-W15")] // fiscal year from July: Mon 6 Jul opens FQ1; FQ4 (Apr..Jun) opens Mon 6 Apr
    [InlineData("2026-W45", 8, 1, 13, "2026-W32")] // fiscal year from August: quarters Nov..Jan and Aug..Oct; Mon 2 Nov, Mon 3 Aug
    public void WeekOfQuarter_Week_IsItsPositionAmongTheQuartersMondays(string week, int fiscalStart, int position, int weeks, string comparison)
    {
        var w = ForecastWeek.Parse(week);

        Assert.Equal(position, FunnelCalendar.WeekOfQuarter(w, fiscalStart));
        Assert.Equal(weeks, FunnelCalendar.WeeksIn(FunnelCalendar.QuarterOf(w, fiscalStart)));
        Assert.Equal(comparison, FunnelCalendar.SameWeekOneQuarterEarlier(w, fiscalStart).ToString());
    }

    [Fact]
    public void WeekOfQuarter_WeekSpanningTwoQuarters_BelongsToTheQuarterOfItsMonday()
    {
        var w = ForecastWeek.Parse("2026-W40"); // Mon 28 Sep .. Sun 4 Oct

        Assert.Equal("2026-07", FunnelCalendar.QuarterOf(w, 1).Key);
        Assert.Equal(13, FunnelCalendar.WeekOfQuarter(w, 1));
    }
}
