using BotCommit.Forecasting.Monthly;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// One node's line of a region's monthly review: the node's figures (the sums of its teams' reps, ratios of those sums,
/// the node's 12-month target: its own month targets where set, else its children's sum) and its monthly compliance
/// (reps on time ÷ expected reps, summed over its teams).
/// </summary>
public sealed record RegionMonthlyLine(OrgNode Node, MonthlyFigures Figures)
{
    /// <summary>Expected reps of every team under the node.</summary>
    public int ExpectedCount { get; init; }

    /// <summary>Of them, those whose forecast for the month was on time.</summary>
    public int OnTimeCount { get; init; }

    /// <summary><see cref="OnTimeCount"/> ÷ <see cref="ExpectedCount"/>; null when nobody is expected. Band 1.</summary>
    public decimal? Compliance => ExpectedCount == 0 ? null : (decimal)OnTimeCount / ExpectedCount;

    /// <summary>The node's flags: its figures' flags, then <see cref="MonthlyWarning.ComplianceBelowRequired"/>.</summary>
    public IReadOnlyList<MonthlyWarning> Warnings => MonthlyReview.WarningsWith(Figures, Compliance);
}
