namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// One funnel phase now and at the same week-of-quarter one quarter earlier: count and amount of its deals, the
/// quarter-over-quarter growth of each (unrounded fractions; null when the earlier count or amount is zero), and whether
/// the amount grew less than the expected 15 % (<see cref="FunnelCalculator.ExpectedQuarterGrowth"/>).
/// </summary>
public sealed record FunnelPhaseFigures(FunnelPhase Phase, int Count, decimal Amount, int PreviousCount, decimal PreviousAmount)
{
    public decimal? CountGrowth => PreviousCount == 0 ? null : ((decimal)Count / PreviousCount) - 1m;

    public decimal? AmountGrowth => PreviousAmount == 0m ? null : (Amount / PreviousAmount) - 1m;

    /// <summary>The amount grew less than 15 % quarter over quarter (false when there is nothing to compare with).</summary>
    public bool BelowExpectedGrowth => AmountGrowth < FunnelCalculator.ExpectedQuarterGrowth;
}
