using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// How one week's commit turned out: <see cref="Commit"/> = Commit with close date in <see cref="Week"/> in the rep's
/// snapshot for that week; <see cref="Actual"/> = Won with close date in <see cref="Week"/> in the rep's snapshot for
/// the following week (the attainment the following week's summary reports). <see cref="Commit"/> is positive.
/// </summary>
public sealed record AccuracyPoint(ForecastWeek Week, decimal Commit, decimal Actual)
{
    /// <summary><see cref="Actual"/> ÷ <see cref="Commit"/>, unrounded.</summary>
    public decimal Attainment => Actual / Commit;
}
