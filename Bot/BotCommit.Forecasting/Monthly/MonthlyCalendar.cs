using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The calendar of the monthly forecast. A forecast submitted for month m covers m..m+11 (<see cref="Window"/>). It is due
/// by the deadline of m's first review week (<see cref="DueWeek"/>: the week whose Monday is the first Monday in m); the
/// monthly review is posted with that week's summary, and that week's snapshot of record is "this month's first snapshot
/// of record". The scheduling code turns the week into instants (its deadline, its summary time).
/// </summary>
public static class MonthlyCalendar
{
    /// <summary>How many months one monthly forecast covers.</summary>
    public const int MonthsCovered = 12;

    /// <summary>The months a forecast for <paramref name="month"/> covers: m, m+1, .., m+11.</summary>
    public static IReadOnlyList<YearMonth> Window(YearMonth month) =>
        [.. Enumerable.Range(0, MonthsCovered).Select(month.AddMonths)];

    /// <summary>The first review week of <paramref name="month"/>: the week whose Monday is the first Monday in it (day 1..7).</summary>
    public static ForecastWeek DueWeek(YearMonth month) => ForecastWeek.Containing(month.First.AddDays(6));

    /// <summary>The last review week of <paramref name="month"/>: the week whose Monday is the last Monday in it.</summary>
    public static ForecastWeek LastWeek(YearMonth month) => DueWeek(month.AddMonths(1)).Previous;

    /// <summary>The month whose forecast is due in <paramref name="week"/> (the month of its Monday when that Monday is a month's first), else null.</summary>
    public static YearMonth? MonthDueIn(ForecastWeek week) => week.Monday.Day <= 7 ? week.Month : null;

    /// <summary>Whether <paramref name="month"/> is one of the twelve a forecast for <paramref name="first"/> covers.</summary>
    public static bool Covers(YearMonth first, YearMonth month)
    {
        var offset = MonthsBetween(first, month);
        return offset is >= 0 and < MonthsCovered;
    }

    /// <summary>The number of months from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static int MonthsBetween(YearMonth from, YearMonth to) =>
        ((to.Year - from.Year) * 12) + (to.Month - from.Month);
}
