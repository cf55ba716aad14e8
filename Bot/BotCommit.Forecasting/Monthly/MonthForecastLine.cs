using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One month of a monthly forecast: the amount the rep expects to book in <see cref="Month"/> (<see cref="Forecast"/>) and
/// the upside beside it, both in the team currency, non-negative, with at most 2 decimals.
/// </summary>
public sealed record MonthForecastLine(YearMonth Month, decimal Forecast, decimal Upside)
{
    public decimal Forecast { get; init => field = MonthlyAmount.Check(value, nameof(Forecast)); } = MonthlyAmount.Check(Forecast, nameof(Forecast));

    public decimal Upside { get; init => field = MonthlyAmount.Check(value, nameof(Upside)); } = MonthlyAmount.Check(Upside, nameof(Upside));
}
