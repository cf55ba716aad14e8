namespace BotCommit.Forecasting.Periods;

/// <summary>
/// The calendar facts of review week W (Monday M): last week M-7..M-1, the month of M and W's position in it
/// (k of n: the weeks whose Monday falls in that month), and the fiscal quarter containing M.
/// </summary>
public sealed record ReviewPeriod
{
    private ReviewPeriod(ForecastWeek week, FiscalQuarter quarter)
    {
        Week = week;
        Quarter = quarter;
        var firstMonday = ForecastWeek.Containing(Month.First.AddDays(6)).Monday;
        WeekOfMonth = ((week.Monday.DayNumber - firstMonday.DayNumber) / 7) + 1;
        WeeksInMonth = ((Month.Last.DayNumber - firstMonday.DayNumber) / 7) + 1;
    }

    public ForecastWeek Week { get; }

    public DateOnly Monday => Week.Monday;

    /// <summary>The Sunday ending the review week (M+6).</summary>
    public DateOnly Sunday => Week.Sunday;

    /// <summary>M-7, the first day of last week.</summary>
    public DateOnly LastWeekStart => Week.Monday.AddDays(-7);

    /// <summary>M-1, the last day of last week.</summary>
    public DateOnly LastWeekEnd => Week.Monday.AddDays(-1);

    /// <summary>The month of M (the month the week belongs to).</summary>
    public YearMonth Month => Week.Month;

    /// <summary>The fiscal quarter containing M.</summary>
    public FiscalQuarter Quarter { get; }

    /// <summary>k: W's 1-based position among the weeks whose Monday falls in <see cref="Month"/>.</summary>
    public int WeekOfMonth { get; }

    /// <summary>n: the number of weeks whose Monday falls in <see cref="Month"/> (4 or 5).</summary>
    public int WeeksInMonth { get; }

    public static ReviewPeriod For(ForecastWeek week, int fiscalYearStartMonth) =>
        new(week, FiscalQuarter.Containing(week.Monday, fiscalYearStartMonth));
}
