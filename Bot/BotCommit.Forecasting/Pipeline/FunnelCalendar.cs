using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// Weeks of a fiscal quarter, for the funnel's quarter-over-quarter comparison. A week belongs to the quarter of its
/// Monday (as it belongs to the month of its Monday); its <b>week-of-quarter</b> is its 1-based position among the weeks
/// whose Monday falls in that quarter (13 or 14 of them). The same week-of-quarter one quarter earlier is the week at that
/// position in the previous quarter, or that quarter's last week when it has fewer weeks (week 14 against a 13-week quarter).
/// </summary>
public static class FunnelCalendar
{
    /// <summary>The fiscal quarter <paramref name="week"/> belongs to (the one containing its Monday).</summary>
    public static FiscalQuarter QuarterOf(ForecastWeek week, int fiscalYearStartMonth) =>
        FiscalQuarter.Containing(week.Monday, fiscalYearStartMonth);

    /// <summary>The first week of <paramref name="quarter"/>: the one whose Monday is the first Monday in it.</summary>
    public static ForecastWeek FirstWeek(FiscalQuarter quarter) => ForecastWeek.Containing(quarter.Start.AddDays(6));

    /// <summary>The number of weeks whose Monday falls in <paramref name="quarter"/> (13 or 14).</summary>
    public static int WeeksIn(FiscalQuarter quarter) =>
        ((ForecastWeek.Containing(quarter.End).Monday.DayNumber - FirstWeek(quarter).Monday.DayNumber) / 7) + 1;

    /// <summary><paramref name="week"/>'s 1-based position in its fiscal quarter.</summary>
    public static int WeekOfQuarter(ForecastWeek week, int fiscalYearStartMonth) =>
        ((week.Monday.DayNumber - FirstWeek(QuarterOf(week, fiscalYearStartMonth)).Monday.DayNumber) / 7) + 1;

    /// <summary>The week of the same week-of-quarter one quarter earlier (the previous quarter's last week when it is shorter).</summary>
    public static ForecastWeek SameWeekOneQuarterEarlier(ForecastWeek week, int fiscalYearStartMonth)
    {
        var previous = QuarterOf(week, fiscalYearStartMonth).Previous;
        var position = Math.Min(WeekOfQuarter(week, fiscalYearStartMonth), WeeksIn(previous));
        return ForecastWeek.FromMonday(FirstWeek(previous).Monday.AddDays(7 * (position - 1)));
    }
}
