using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// The additive amounts behind every figure. A team's sums are the sums of its reps' sums, and every ratio is
/// computed from sums, so team ratios are ratios of sums by construction.
/// </summary>
public sealed record FigureSums
{
    public static FigureSums Zero { get; } = new();

    public decimal LastWeekActual { get; init; }

    public decimal LastWeekCommit { get; init; }

    public decimal ThisWeekCommit { get; init; }

    public decimal ThisWeekUpside { get; init; }

    public decimal ThisWeekSolidCommit { get; init; }

    public decimal WonMonthToDate { get; init; }

    public decimal WonInMonth { get; init; }

    public decimal CommitRestOfMonth { get; init; }

    public decimal UpsideRestOfMonth { get; init; }

    public decimal WonInQuarter { get; init; }

    public decimal CommitRestOfQuarter { get; init; }

    public decimal UpsideRestOfQuarter { get; init; }

    public decimal OpenRestOfQuarter { get; init; }

    public int HiddenCommitCount { get; init; }

    public decimal HiddenCommitAmount { get; init; }

    public decimal WonQuarterToDate { get; init; }

    public decimal UnrealizedWonQuarterToDate { get; init; }

    /// <summary>The sums of one rep: <paramref name="current"/> is the W snapshot, <paramref name="previous"/> the W-1 one.</summary>
    public static FigureSums Of(IReadOnlyList<DealForecast> current, IReadOnlyList<DealForecast> previous, ReviewPeriod period)
    {
        var m = period.Monday;
        var quarter = period.Quarter;
        var month = period.Month;
        var rest = m.AddDays(-1);
        return new FigureSums
        {
            LastWeekActual = Sum(current, ForecastCategory.Won, period.LastWeekStart, period.LastWeekEnd),
            LastWeekCommit = Sum(previous, ForecastCategory.Commit, period.LastWeekStart, period.LastWeekEnd),
            ThisWeekCommit = Sum(current, ForecastCategory.Commit, m, period.Sunday),
            ThisWeekUpside = Sum(current, ForecastCategory.Upside, m, period.Sunday),
            ThisWeekSolidCommit = current.Where(d => d.IsSolidCommit && In(d, m, period.Sunday)).Sum(d => d.Amount),
            WonMonthToDate = Sum(current, ForecastCategory.Won, month.First, rest),
            WonInMonth = Sum(current, ForecastCategory.Won, month.First, month.Last),
            CommitRestOfMonth = Sum(current, ForecastCategory.Commit, m, month.Last),
            UpsideRestOfMonth = Sum(current, ForecastCategory.Upside, m, month.Last),
            WonInQuarter = Sum(current, ForecastCategory.Won, quarter.Start, quarter.End),
            CommitRestOfQuarter = Sum(current, ForecastCategory.Commit, m, quarter.End),
            UpsideRestOfQuarter = Sum(current, ForecastCategory.Upside, m, quarter.End),
            OpenRestOfQuarter = current.Where(d => d.IsOpen && In(d, m, quarter.End)).Sum(d => d.Amount),
            HiddenCommitCount = current.Count(d => d.IsHiddenCommit && d.ClosesWithin(m, month.Last)),
            HiddenCommitAmount = current.Where(d => d.IsHiddenCommit && d.ClosesWithin(m, month.Last)).Sum(d => d.Amount),
            WonQuarterToDate = Sum(current, ForecastCategory.Won, quarter.Start, rest),
            UnrealizedWonQuarterToDate = current
                .Where(d => d.Category == ForecastCategory.Won && d.Unrealized && In(d, quarter.Start, rest))
                .Sum(d => d.Amount),
        };
    }

    public FigureSums Add(FigureSums other) => new()
    {
        LastWeekActual = LastWeekActual + other.LastWeekActual,
        LastWeekCommit = LastWeekCommit + other.LastWeekCommit,
        ThisWeekCommit = ThisWeekCommit + other.ThisWeekCommit,
        ThisWeekUpside = ThisWeekUpside + other.ThisWeekUpside,
        ThisWeekSolidCommit = ThisWeekSolidCommit + other.ThisWeekSolidCommit,
        WonMonthToDate = WonMonthToDate + other.WonMonthToDate,
        WonInMonth = WonInMonth + other.WonInMonth,
        CommitRestOfMonth = CommitRestOfMonth + other.CommitRestOfMonth,
        UpsideRestOfMonth = UpsideRestOfMonth + other.UpsideRestOfMonth,
        WonInQuarter = WonInQuarter + other.WonInQuarter,
        CommitRestOfQuarter = CommitRestOfQuarter + other.CommitRestOfQuarter,
        UpsideRestOfQuarter = UpsideRestOfQuarter + other.UpsideRestOfQuarter,
        OpenRestOfQuarter = OpenRestOfQuarter + other.OpenRestOfQuarter,
        HiddenCommitCount = HiddenCommitCount + other.HiddenCommitCount,
        HiddenCommitAmount = HiddenCommitAmount + other.HiddenCommitAmount,
        WonQuarterToDate = WonQuarterToDate + other.WonQuarterToDate,
        UnrealizedWonQuarterToDate = UnrealizedWonQuarterToDate + other.UnrealizedWonQuarterToDate,
    };

    private static bool In(DealForecast deal, DateOnly first, DateOnly last) => deal.ClosesWithin(first, last);

    private static decimal Sum(IReadOnlyList<DealForecast> deals, ForecastCategory category, DateOnly first, DateOnly last) =>
        deals.Where(d => d.Category == category && In(d, first, last)).Sum(d => d.Amount);
}
