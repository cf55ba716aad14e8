using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Summary;

/// <summary>
/// One rep's reply in the summary thread: the rep's line of the weekly summary, their movements (largest first), their
/// W and W-1 deals, and their forecast accuracy history (null when not computed).
/// </summary>
public sealed record RepDetailModel(RepSummary Rep, ReviewPeriod Period, string Currency)
{
    public IReadOnlyList<DealMovement> Movements { get; init; } = [];

    public IReadOnlyList<DealForecast> Deals { get; init; } = [];

    public IReadOnlyList<DealForecast> PreviousDeals { get; init; } = [];

    public AccuracyHistory? Accuracy { get; init; }

    /// <summary>The rep's revisions of W-1 and W (recorded after the week's record, which the figures use), oldest first.</summary>
    public IReadOnlyList<Forecasting.Submissions.Submission> Revisions { get; init; } = [];
}
