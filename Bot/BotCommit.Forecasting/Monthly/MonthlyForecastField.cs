namespace BotCommit.Forecasting.Monthly;

/// <summary>Which entered value a <see cref="MonthlyForecastViolation"/> is about. Persist by name.</summary>
public enum MonthlyForecastField
{
    Unknown = 0,

    Forecast = 1,

    Upside = 2,

    ActionPlan = 3,

    /// <summary>The month itself (outside the window, repeated).</summary>
    Month = 4,
}
