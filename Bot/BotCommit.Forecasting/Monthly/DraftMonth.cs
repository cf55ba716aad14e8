using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One month of the monthly card before the rep edits it: the pre-filled forecast and upside (null = empty: the previous
/// forecast did not cover the month) and the pipeline hint.
/// </summary>
public sealed record DraftMonth(YearMonth Month, decimal? Forecast, decimal? Upside, PipelineHint Hint);
