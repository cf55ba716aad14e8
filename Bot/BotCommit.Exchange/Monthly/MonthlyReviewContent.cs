using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// Everything the monthly review of a month shows (issue #18 item 2–5): the figures per rep and team with bands, flags and
/// action plans (<see cref="MonthlyReview"/>), the funnel of the due week, its TOP lists and its stalled deals.
/// <see cref="MonthlyReviewJson"/> writes it; <see cref="OfflineMonthlyReview"/> computes it from the exported files.
/// </summary>
public sealed record MonthlyReviewContent(MonthlyReview Review, Funnel Funnel, TopLists TopLists, IReadOnlyList<StalledDeal> Stalled);
