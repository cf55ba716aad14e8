namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Accuracy over the last <see cref="Weeks"/> measured weeks: the weeks with a commit (<see cref="Points"/>, oldest
/// first; weeks without a commit or without both snapshots are skipped), their mean absolute error
/// mean(|attainment − 1|) (every week weighs the same), the amount-weighted error Σ|actual − commit| ÷ Σ commit (a
/// large week weighs more), their mean attainment, and the bias.
/// </summary>
public sealed record AccuracyWindow(int Weeks, IReadOnlyList<AccuracyPoint> Points)
{
    /// <summary>mean(|attainment − 1|) over <see cref="Points"/>; null without points.</summary>
    public decimal? MeanAbsoluteError =>
        Points.Count == 0 ? null : Points.Sum(p => Math.Abs(p.Attainment - 1m)) / Points.Count;

    /// <summary>Σ|actual − commit| ÷ Σ commit over <see cref="Points"/> (weighted by the commit amount); null without points.</summary>
    public decimal? WeightedAbsoluteError =>
        Points.Count == 0 ? null : Points.Sum(p => Math.Abs(p.Actual - p.Commit)) / Points.Sum(p => p.Commit);

    /// <summary>mean(attainment) over <see cref="Points"/>; null without points.</summary>
    public decimal? MeanAttainment =>
        Points.Count == 0 ? null : Points.Sum(p => p.Attainment) / Points.Count;

    public AccuracyBias Bias => AccuracyCalculator.BiasOf(Points);
}
