namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Accuracy over the last <see cref="Weeks"/> measured weeks: the weeks with a commit (<see cref="Points"/>, oldest
/// first; weeks without a commit or without both snapshots are skipped), their mean absolute error
/// mean(|attainment − 1|), their mean attainment, and the bias.
/// </summary>
public sealed record AccuracyWindow(int Weeks, IReadOnlyList<AccuracyPoint> Points)
{
    /// <summary>mean(|attainment − 1|) over <see cref="Points"/>; null without points.</summary>
    public decimal? MeanAbsoluteError =>
        Points.Count == 0 ? null : Points.Sum(p => Math.Abs(p.Attainment - 1m)) / Points.Count;

    /// <summary>mean(attainment) over <see cref="Points"/>; null without points.</summary>
    public decimal? MeanAttainment =>
        Points.Count == 0 ? null : Points.Sum(p => p.Attainment) / Points.Count;

    public AccuracyBias Bias => AccuracyCalculator.BiasOf(Points);
}
