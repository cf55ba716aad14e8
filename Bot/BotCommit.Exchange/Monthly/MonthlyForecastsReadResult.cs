using BotCommit.Forecasting.Monthly;

namespace BotCommit.Exchange.Monthly;

/// <summary>The forecasts read from a monthly forecasts CSV, or the problems (then no forecasts).</summary>
public sealed record MonthlyForecastsReadResult(IReadOnlyList<MonthlyForecastOfRecord> Forecasts, IReadOnlyList<CsvError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
