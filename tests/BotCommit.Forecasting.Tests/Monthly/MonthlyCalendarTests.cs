using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Monthly;

public class MonthlyCalendarTests
{
    [Theory]
    [InlineData("2026-11", "2026-W45", "2026-11-02")] // Sun 1 Nov: the first Monday is the 2nd
    [InlineData("2026-06", "2026-W23", "2026-06-01")] // June 2026 starts on a Monday
    [InlineData("2026-12", "2026-W50", "2026-12-07")] // Tue 1 Dec: Mon 30 Nov belongs to November, so the 7th
    [InlineData("2027-01", "2027-W01", "2027-01-04")] // Fri 1 Jan: ISO week 1 of 2027
    [InlineData("2026-07", "2026-W28", "2026-07-06")] // Wed 1 Jul
    public void DueWeek_Month_IsTheWeekOfItsFirstMonday(string month, string week, string monday)
    {
        var due = MonthlyCalendar.DueWeek(YearMonth.Parse(month));

        Assert.Equal(week, due.ToString());
        Assert.Equal(Given.Date(monday), due.Monday);
        Assert.Equal(1, ReviewPeriod.For(due, 1).WeekOfMonth);
        Assert.Equal(YearMonth.Parse(month), MonthlyCalendar.MonthDueIn(due));
    }

    [Theory]
    [InlineData("2026-W46")] // 9 Nov
    [InlineData("2026-W49")] // 30 Nov: last week of November, not a first week of December
    [InlineData("2026-W27")] // 29 Jun
    public void MonthDueIn_NotAFirstWeek_IsNull(string week)
    {
        Assert.Null(MonthlyCalendar.MonthDueIn(ForecastWeek.Parse(week)));
    }

    [Theory]
    [InlineData("2026-11", "2026-W49")] // Mondays 2..30
    [InlineData("2026-06", "2026-W27")] // Mondays 1..29
    [InlineData("2026-02", "2026-W09")] // Mondays 2..23
    public void LastWeek_Month_IsTheWeekOfItsLastMonday(string month, string week)
    {
        var last = MonthlyCalendar.LastWeek(YearMonth.Parse(month));

        Assert.Equal(week, last.ToString());
        var period = ReviewPeriod.For(last, 1);
        Assert.Equal(period.WeeksInMonth, period.WeekOfMonth);
    }

    [Fact]
    public void Window_Month_IsTwelveMonthsAcrossTheYearEnd()
    {
        var window = MonthlyCalendar.Window(YearMonth.Parse("2026-07"));

        Assert.Equal(12, window.Count);
        Assert.Equal("2026-07", window[0].ToString());
        Assert.Equal("2026-12", window[5].ToString());
        Assert.Equal("2027-06", window[11].ToString());
    }

    [Theory]
    [InlineData("2026-07", "2026-07", true)]
    [InlineData("2026-07", "2027-06", true)]
    [InlineData("2026-07", "2027-07", false)]
    [InlineData("2026-07", "2026-06", false)]
    public void Covers_Month_IsTheTwelveMonthWindow(string first, string month, bool covered)
    {
        Assert.Equal(covered, MonthlyCalendar.Covers(YearMonth.Parse(first), YearMonth.Parse(month)));
    }
}
