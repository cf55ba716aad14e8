namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A manager's judgement value over the measured weeks <see cref="Points"/> (oldest first): mean |actual − call| ÷ mean
/// |actual − roll-up|, unrounded. Below 1 their adjustments made the number more accurate. Null without points or when
/// the roll-up was exact every week (<see cref="Verdict"/> says which).
/// </summary>
public sealed record JudgementValue(IReadOnlyList<CallAccuracyPoint> Points)
{
    /// <summary>mean |actual − call|; null without points.</summary>
    public decimal? MeanCallError => Points.Count == 0 ? null : Points.Sum(p => p.CallError) / Points.Count;

    /// <summary>mean |actual − roll-up|; null without points.</summary>
    public decimal? MeanRollUpError => Points.Count == 0 ? null : Points.Sum(p => p.RollUpError) / Points.Count;

    /// <summary>The two means' ratio (the same weeks, so Σ|actual − call| ÷ Σ|actual − roll-up|); null on a zero base.</summary>
    public decimal? Value => Points.Count == 0 ? null : Metrics.Ratio.Of(Points.Sum(p => p.CallError), Points.Sum(p => p.RollUpError));

    public JudgementVerdict Verdict => Value switch
    {
        null when Points.Count == 0 => JudgementVerdict.NoHistory,
        null => JudgementVerdict.RollUpExact,
        < 1m => JudgementVerdict.Helped,
        1m => JudgementVerdict.Neutral,
        _ => JudgementVerdict.Hurt,
    };
}
