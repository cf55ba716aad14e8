namespace BotCommit.Forecasting.Regions;

/// <summary>One of the six figures of a manager's call (definitions as in the Monday summary). Persist by name.</summary>
public enum CallFigure
{
    Unknown = 0,

    /// <summary>Commit with close date in M..M+6.</summary>
    ThisWeekCommit = 1,

    /// <summary>Upside with close date in M..M+6.</summary>
    ThisWeekUpside = 2,

    /// <summary>Won with close date in M's month + Commit with close date from M to the month's end.</summary>
    MonthForecast = 3,

    /// <summary>Upside with close date from M to the month's end.</summary>
    MonthUpside = 4,

    /// <summary>Won in the fiscal quarter containing M + Commit with close date from M to the quarter's end.</summary>
    QuarterForecast = 5,

    /// <summary>Upside with close date from M to the quarter's end.</summary>
    QuarterUpside = 6,
}
