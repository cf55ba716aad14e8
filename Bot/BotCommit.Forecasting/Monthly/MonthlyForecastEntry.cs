using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One month as the rep entered it (card or spreadsheet), as far as it could be read: a null forecast is empty, a null
/// upside is empty and means 0.
/// </summary>
public sealed record MonthlyForecastEntry(YearMonth Month, decimal? Forecast, decimal? Upside);
