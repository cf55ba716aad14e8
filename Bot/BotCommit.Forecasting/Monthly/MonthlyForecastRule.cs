namespace BotCommit.Forecasting.Monthly;

/// <summary>A rule of <see cref="MonthlyForecastRules"/> that entered monthly-forecast values break. Persist by name.</summary>
public enum MonthlyForecastRule
{
    Unknown = 0,

    /// <summary>A month of the twelve has no forecast (0 is a forecast; empty is not).</summary>
    ForecastMissing = 1,

    /// <summary>An amount is below zero.</summary>
    AmountNegative = 2,

    /// <summary>An amount has more than 2 decimals.</summary>
    AmountTooPrecise = 3,

    /// <summary>An amount is above the team's ceiling (<c>TeamSettings.AmountCeiling</c>): most likely a typo.</summary>
    AmountAboveCeiling = 4,

    /// <summary>The action plan is longer than <see cref="MonthlyForecast.MaxActionPlanLength"/>.</summary>
    ActionPlanTooLong = 5,

    /// <summary>The action plan has a line break; it is one line.</summary>
    ActionPlanNotOneLine = 6,

    /// <summary>A month outside m..m+11 was entered (e.g. a spreadsheet row for another month).</summary>
    MonthOutsideWindow = 7,

    /// <summary>The same month was entered twice.</summary>
    MonthRepeated = 8,
}
