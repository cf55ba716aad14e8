namespace BotCommit.Forecasting.Monthly;

/// <summary>Where a month-over-month growth stands against the review's bands (<see cref="MonthlyBands"/>). Persist by name.</summary>
public enum GrowthBand
{
    Unknown = 0,

    /// <summary>Below the required 5 % (flagged).</summary>
    BelowRequired = 1,

    /// <summary>At least the required 5 %, below the good 10 %.</summary>
    Required = 2,

    /// <summary>At least 10 %.</summary>
    Good = 3,
}
