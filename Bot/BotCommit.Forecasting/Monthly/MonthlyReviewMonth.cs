using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One month of the review's chart (12-month forecast against the targets): the forecast and upside for it, its target
/// (null when not set) and the open pipeline (Commit + Upside + Pipeline) closing in it in this month's first snapshot.
/// </summary>
public sealed record MonthlyReviewMonth(YearMonth Month, decimal Forecast, decimal Upside, decimal? Target, decimal OpenPipeline);
