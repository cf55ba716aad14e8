using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Every number of the monthly review for one rep or for the team (domain.md, "The monthly forecast review"), month m.
/// Amounts are in the team currency; ratios are unrounded fractions, null when the base is zero or a target is missing.
/// "This forecast" is the forecast of record for m, "last month's" the one for m−1; "first snapshot" is this month's first
/// snapshot of record, "last month's snapshot" last month's first one. The parts of each ratio are kept beside it.
/// </summary>
public sealed record MonthlyFigures
{
    /// <summary>Σ forecast for m..m+11.</summary>
    public decimal TwelveMonthForecast { get; init; }

    /// <summary>Σ upside for m..m+11.</summary>
    public decimal TwelveMonthUpside { get; init; }

    /// <summary>Σ month targets m..m+11; null when any of the twelve is not set (see <see cref="MonthsWithoutTarget"/>).</summary>
    public decimal? TwelveMonthTarget { get; init; }

    /// <summary>The months of m..m+11 without a month target, in calendar order.</summary>
    public IReadOnlyList<YearMonth> MonthsWithoutTarget { get; init; } = [];

    /// <summary>Won with close date in m−1.</summary>
    public decimal WonLastMonth { get; init; }

    /// <summary>The forecast for m−1 in the forecast of record for m−1.</summary>
    public decimal LastMonthForecast { get; init; }

    /// <summary><see cref="WonLastMonth"/> ÷ <see cref="LastMonthForecast"/>; null without a forecast for m−1. Band 0.95..1.10.</summary>
    public decimal? PlanAchievement { get; init; }

    /// <summary>Σ over m..m+10 of |this forecast − last month's forecast| (reps with two plans of their own).</summary>
    public decimal VolatilityChange { get; init; }

    /// <summary>Σ over m..m+10 of last month's forecast (the same reps).</summary>
    public decimal VolatilityBase { get; init; }

    /// <summary><see cref="VolatilityChange"/> ÷ <see cref="VolatilityBase"/>; null for a zero base. Flag above 0.20.</summary>
    public decimal? Volatility { get; init; }

    /// <summary>Commit + Upside + Pipeline, any close date, in the first snapshot.</summary>
    public decimal OpenPipeline { get; init; }

    /// <summary>The same in last month's first snapshot.</summary>
    public decimal PreviousOpenPipeline { get; init; }

    /// <summary><see cref="OpenPipeline"/> ÷ <see cref="PreviousOpenPipeline"/> − 1; null for a zero base. ≥ 0.05 required, ≥ 0.10 good.</summary>
    public decimal? PipelineGrowth { get; init; }

    public GrowthBand? PipelineGrowthBand => MonthlyBands.Growth(PipelineGrowth);

    /// <summary>Last month's 12-month forecast (Σ of m−1..m+10 in the forecast for m−1).</summary>
    public decimal PreviousTwelveMonthForecast { get; init; }

    /// <summary><see cref="TwelveMonthForecast"/> ÷ <see cref="PreviousTwelveMonthForecast"/> − 1; null for a zero base.</summary>
    public decimal? ForecastGrowth { get; init; }

    public GrowthBand? ForecastGrowthBand => MonthlyBands.Growth(ForecastGrowth);

    /// <summary>Open pipeline with close date in m..m+11 in the first snapshot.</summary>
    public decimal OpenPipelineTwelveMonths { get; init; }

    /// <summary><see cref="OpenPipelineTwelveMonths"/> ÷ <see cref="TwelveMonthTarget"/>; null without a positive target. ≥ 1.50.</summary>
    public decimal? PipelineCoverage { get; init; }

    /// <summary>
    /// Amount-weighted mean stage of the open pipeline (any close date) in the first snapshot, as a fraction (0.55 = a mean
    /// stage of 55 %); null without open pipeline.
    /// </summary>
    public decimal? MeanStage { get; init; }

    /// <summary>The same in last month's first snapshot.</summary>
    public decimal? PreviousMeanStage { get; init; }

    /// <summary>Share of the open pipeline's amount at stage ≥ 50 % in the first snapshot; null without open pipeline.</summary>
    public decimal? ShareAtFiftyOrMore { get; init; }

    /// <summary>The same in last month's first snapshot.</summary>
    public decimal? PreviousShareAtFiftyOrMore { get; init; }

    /// <summary>The chart's twelve months, m..m+11.</summary>
    public IReadOnlyList<MonthlyReviewMonth> Months { get; init; } = [];

    /// <summary>The figures outside their band, in <see cref="MonthlyWarning"/> order.</summary>
    public IReadOnlyList<MonthlyWarning> Warnings { get; init; } = [];

    internal static MonthlyFigures From(MonthlySums sums, YearMonth month, IReadOnlyDictionary<string, decimal> monthTargets)
    {
        var window = MonthlyCalendar.Window(month);
        var targets = window.Select(m => monthTargets.TryGetValue(m.ToString(), out var t) ? t : (decimal?)null).ToArray();
        var missing = window.Where((_, i) => targets[i] is null).ToArray();
        decimal? twelveMonthTarget = missing.Length == 0 ? targets.Sum(t => t!.Value) : null;
        var forecast = sums.Forecasts.Sum();
        var openTwelveMonths = sums.OpenByMonth.Sum();
        var figures = new MonthlyFigures
        {
            TwelveMonthForecast = forecast,
            TwelveMonthUpside = sums.Upsides.Sum(),
            TwelveMonthTarget = twelveMonthTarget,
            MonthsWithoutTarget = missing,
            WonLastMonth = sums.WonLastMonth,
            LastMonthForecast = sums.LastMonthForecast,
            PlanAchievement = Ratio.Of(sums.WonLastMonth, sums.LastMonthForecast),
            VolatilityChange = sums.VolatilityChange,
            VolatilityBase = sums.VolatilityBase,
            Volatility = Ratio.Of(sums.VolatilityChange, sums.VolatilityBase),
            OpenPipeline = sums.OpenPipeline,
            PreviousOpenPipeline = sums.PreviousOpenPipeline,
            PipelineGrowth = Growth(sums.OpenPipeline, sums.PreviousOpenPipeline),
            PreviousTwelveMonthForecast = sums.PreviousTwelveMonthForecast,
            ForecastGrowth = Growth(forecast, sums.PreviousTwelveMonthForecast),
            OpenPipelineTwelveMonths = openTwelveMonths,
            PipelineCoverage = twelveMonthTarget is { } target ? Ratio.OfPositive(openTwelveMonths, target) : null,
            MeanStage = Ratio.Of(sums.StageWeightedOpen, sums.OpenPipeline),
            PreviousMeanStage = Ratio.Of(sums.PreviousStageWeightedOpen, sums.PreviousOpenPipeline),
            ShareAtFiftyOrMore = Ratio.Of(sums.OpenAtFiftyOrMore, sums.OpenPipeline),
            PreviousShareAtFiftyOrMore = Ratio.Of(sums.PreviousOpenAtFiftyOrMore, sums.PreviousOpenPipeline),
            Months = [.. window.Select((m, i) => new MonthlyReviewMonth(m, sums.Forecasts[i], sums.Upsides[i], targets[i], sums.OpenByMonth[i]))],
        };
        return figures with { Warnings = WarningsOf(figures) };
    }

    private static decimal? Growth(decimal current, decimal previous) => Ratio.Of(current, previous) - 1m;

    private static MonthlyWarning[] WarningsOf(MonthlyFigures f)
    {
        var flags = new List<MonthlyWarning>();
        if (f.TwelveMonthTarget is { } target && f.TwelveMonthForecast < target)
        {
            flags.Add(MonthlyWarning.ForecastBelowTarget);
        }

        if (f.PlanAchievement < MonthlyBands.PlanAchievementLow)
        {
            flags.Add(MonthlyWarning.PlanAchievementBelowBand);
        }

        if (f.PlanAchievement > MonthlyBands.PlanAchievementHigh)
        {
            flags.Add(MonthlyWarning.PlanAchievementAboveBand);
        }

        if (f.Volatility > MonthlyBands.VolatilityLimit)
        {
            flags.Add(MonthlyWarning.VolatilityHigh);
        }

        if (f.PipelineGrowthBand == GrowthBand.BelowRequired)
        {
            flags.Add(MonthlyWarning.PipelineGrowthBelowRequired);
        }

        if (f.ForecastGrowthBand == GrowthBand.BelowRequired)
        {
            flags.Add(MonthlyWarning.ForecastGrowthBelowRequired);
        }

        if (f.PipelineCoverage < MonthlyBands.CoverageMinimum)
        {
            flags.Add(MonthlyWarning.CoverageBelowMinimum);
        }

        if (f.MeanStage < f.PreviousMeanStage)
        {
            flags.Add(MonthlyWarning.MeanStageFell);
        }

        if (f.ShareAtFiftyOrMore < f.PreviousShareAtFiftyOrMore)
        {
            flags.Add(MonthlyWarning.ShareAtFiftyFell);
        }

        return [.. flags];
    }
}
