using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Everything the monthly review of a month shows (issue #18 items 2–5): the figures per rep and team with bands, flags and
/// action plans (<see cref="MonthlyReview"/>), the funnel of the due week, its TOP lists (N = <see cref="TopListSize"/>) and
/// its stalled deals. Composed by <see cref="MonthlyReviewComposition.Compose"/> — the bot's post and the offline
/// recomputation from an export are the same function.
/// </summary>
public sealed record MonthlyReviewContent(MonthlyReview Review, Funnel Funnel, TopLists TopLists, IReadOnlyList<StalledDeal> Stalled)
{
    /// <summary>N of the TOP lists (the team's setting when composed).</summary>
    public int TopListSize { get; init; } = TopListCalculator.DefaultSize;
}
