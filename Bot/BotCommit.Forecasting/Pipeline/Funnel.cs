using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// The funnel of review week <see cref="Week"/> (the snapshots of record of all reps given) against the one of
/// <see cref="ComparisonWeek"/> (the same week-of-quarter one quarter earlier): one <see cref="FunnelPhaseFigures"/> per
/// phase, in funnel order (above funnel, in funnel, best few, order).
/// </summary>
public sealed record Funnel(ForecastWeek Week, ForecastWeek ComparisonWeek, IReadOnlyList<FunnelPhaseFigures> Phases)
{
    public FunnelPhaseFigures this[FunnelPhase phase] => Phases.Single(p => p.Phase == phase);
}
