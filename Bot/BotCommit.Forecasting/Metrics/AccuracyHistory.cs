using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>A rep's forecast accuracy as of review week <see cref="AsOf"/>: the last 4 and the last 13 measured weeks (W-1 back).</summary>
public sealed record AccuracyHistory(RepId Rep, ForecastWeek AsOf, AccuracyWindow Last4, AccuracyWindow Last13);
