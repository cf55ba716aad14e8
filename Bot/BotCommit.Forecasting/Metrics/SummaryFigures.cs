using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Every number of the Monday summary for one rep or for the team (domain.md, "The numbers in the Monday
/// summary"). Amounts are in the team currency; ratios are unrounded fractions (0.9733 = 97.33 %), rounded only
/// for display, and null when absent: a zero base ("no commit") or a missing target. M is the review week's Monday.
/// Amounts come from the W snapshot, except <see cref="LastWeekCommit"/> (the W-1 snapshot).
/// </summary>
public sealed record SummaryFigures
{
    /// <summary>Won with close date in M-7..M-1.</summary>
    public decimal LastWeekActual { get; init; }

    /// <summary>Commit with close date in M-7..M-1 in the rep's W-1 snapshot.</summary>
    public decimal LastWeekCommit { get; init; }

    /// <summary><see cref="LastWeekActual"/> ÷ <see cref="LastWeekCommit"/>; null without a commit. Healthy 0.95..1.10.</summary>
    public decimal? Attainment { get; init; }

    /// <summary>Commit with close date in M..M+6.</summary>
    public decimal ThisWeekCommit { get; init; }

    /// <summary>Upside with close date in M..M+6.</summary>
    public decimal ThisWeekUpside { get; init; }

    /// <summary>
    /// (<see cref="WonMonthToDate"/> + <see cref="ThisWeekCommit"/>) ÷ (month target × k ÷ n), computed as
    /// numerator × n ÷ (target × k); null without a positive month target. Healthy >= 0.95.
    /// </summary>
    public decimal? Linearity { get; init; }

    /// <summary>Won with close date in M's month + Commit with close date from M to the month's end.</summary>
    public decimal MonthForecast { get; init; }

    /// <summary>Upside with close date from M to the month's end.</summary>
    public decimal MonthUpside { get; init; }

    /// <summary>The month target (the rep's own, or the team's for the team); null when not set.</summary>
    public decimal? MonthTarget { get; init; }

    /// <summary>Won with close date in the fiscal quarter containing M + Commit with close date from M to the quarter's end.</summary>
    public decimal QuarterForecast { get; init; }

    /// <summary>Upside with close date from M to the quarter's end.</summary>
    public decimal QuarterUpside { get; init; }

    /// <summary>The fiscal-quarter target; null when not set.</summary>
    public decimal? QuarterTarget { get; init; }

    /// <summary>
    /// <see cref="OpenPipelineRestOfQuarter"/> ÷ (quarter target − <see cref="WonInQuarter"/>); null without a
    /// quarter target or when nothing is left to cover (base &lt;= 0, "target met"). Healthy >= 1.50.
    /// </summary>
    public decimal? PipelineCoverage { get; init; }

    /// <summary>
    /// This week's Commit on deals at stage >= 90 % with all five checklist items ÷ <see cref="ThisWeekCommit"/>;
    /// null without a commit this week. Healthy 1.
    /// </summary>
    public decimal? CommitQuality { get; init; }

    /// <summary>Number of Upside deals at stage >= 90 % with close date from M to the month's end.</summary>
    public int HiddenCommitCount { get; init; }

    /// <summary>Amount of those hidden-commit deals.</summary>
    public decimal HiddenCommitAmount { get; init; }

    /// <summary>
    /// Won flagged unrealized ÷ all Won, close dates from the quarter's start to M-1; null when nothing was won
    /// in that range. Healthy &lt; 0.05.
    /// </summary>
    public decimal? UnrealizedRatio { get; init; }

    /// <summary>Won with close date from the 1st of M's month to M-1 (the linearity's booked part).</summary>
    public decimal WonMonthToDate { get; init; }

    /// <summary>Won with close date in the fiscal quarter containing M.</summary>
    public decimal WonInQuarter { get; init; }

    /// <summary>Commit + Upside + Pipeline with close date from M to the quarter's end (the coverage's numerator).</summary>
    public decimal OpenPipelineRestOfQuarter { get; init; }

    /// <summary>This week's Commit at stage >= 90 % with the full checklist (the commit quality's numerator).</summary>
    public decimal ThisWeekSolidCommit { get; init; }

    /// <summary>Won with close date from the quarter's start to M-1 (the unrealized ratio's base).</summary>
    public decimal WonQuarterToDate { get; init; }

    /// <summary>Won flagged unrealized with close date from the quarter's start to M-1.</summary>
    public decimal UnrealizedWonQuarterToDate { get; init; }

    internal static SummaryFigures From(FigureSums sums, decimal? monthTarget, decimal? quarterTarget, ReviewPeriod period)
    {
        var linearityNumerator = sums.WonMonthToDate + sums.ThisWeekCommit;
        return new SummaryFigures
        {
            LastWeekActual = sums.LastWeekActual,
            LastWeekCommit = sums.LastWeekCommit,
            Attainment = Ratio.Of(sums.LastWeekActual, sums.LastWeekCommit),
            ThisWeekCommit = sums.ThisWeekCommit,
            ThisWeekUpside = sums.ThisWeekUpside,
            Linearity = monthTarget is { } target
                ? Ratio.OfPositive(linearityNumerator * period.WeeksInMonth, target * period.WeekOfMonth)
                : null,
            MonthForecast = sums.WonInMonth + sums.CommitRestOfMonth,
            MonthUpside = sums.UpsideRestOfMonth,
            MonthTarget = monthTarget,
            QuarterForecast = sums.WonInQuarter + sums.CommitRestOfQuarter,
            QuarterUpside = sums.UpsideRestOfQuarter,
            QuarterTarget = quarterTarget,
            PipelineCoverage = quarterTarget is { } quarter
                ? Ratio.OfPositive(sums.OpenRestOfQuarter, quarter - sums.WonInQuarter)
                : null,
            CommitQuality = Ratio.Of(sums.ThisWeekSolidCommit, sums.ThisWeekCommit),
            HiddenCommitCount = sums.HiddenCommitCount,
            HiddenCommitAmount = sums.HiddenCommitAmount,
            UnrealizedRatio = Ratio.Of(sums.UnrealizedWonQuarterToDate, sums.WonQuarterToDate),
            WonMonthToDate = sums.WonMonthToDate,
            WonInQuarter = sums.WonInQuarter,
            OpenPipelineRestOfQuarter = sums.OpenRestOfQuarter,
            ThisWeekSolidCommit = sums.ThisWeekSolidCommit,
            WonQuarterToDate = sums.WonQuarterToDate,
            UnrealizedWonQuarterToDate = sums.UnrealizedWonQuarterToDate,
        };
    }
}
