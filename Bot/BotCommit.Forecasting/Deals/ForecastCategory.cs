namespace BotCommit.Forecasting.Deals;

/// <summary>The rep's call on a deal for one week. Persist by name.</summary>
public enum ForecastCategory
{
    Unknown = 0,

    /// <summary>The rep puts their name on it closing in the period.</summary>
    Commit = 1,

    /// <summary>Hoped for, not committed.</summary>
    Upside = 2,

    /// <summary>Open, not expected this period.</summary>
    Pipeline = 3,

    /// <summary>Booked; counts as actual on its close date.</summary>
    Won = 4,

    /// <summary>Dead; kept for movement reporting.</summary>
    Lost = 5,
}
