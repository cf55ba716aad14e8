namespace BotCommit.Forecasting.Monthly;

/// <summary>The forecast every monthly figure uses for a rep and month, and how it came to be.</summary>
public sealed record MonthlyForecastOfRecord(MonthlyForecast Forecast, MonthlyForecastState State)
{
    public bool OnTime => State == MonthlyForecastState.OnTime;
}
