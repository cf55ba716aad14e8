namespace BotCommit.Forecasting.Monthly;

/// <summary>A monthly figure outside its band (<see cref="MonthlyBands"/>), decided on the unrounded value. Persist by name.</summary>
public enum MonthlyWarning
{
    Unknown = 0,

    /// <summary>12-month forecast below the 12-month target.</summary>
    ForecastBelowTarget = 1,

    /// <summary>Plan achievement below 95 %.</summary>
    PlanAchievementBelowBand = 2,

    /// <summary>Plan achievement above 110 % (the plan was too low).</summary>
    PlanAchievementAboveBand = 3,

    /// <summary>Forecast volatility above 20 %.</summary>
    VolatilityHigh = 4,

    /// <summary>Pipeline growth below the required 5 %.</summary>
    PipelineGrowthBelowRequired = 5,

    /// <summary>Forecast growth below the required 5 %.</summary>
    ForecastGrowthBelowRequired = 6,

    /// <summary>12-month pipeline coverage below 150 %.</summary>
    CoverageBelowMinimum = 7,

    /// <summary>The amount-weighted mean stage is lower than last month's.</summary>
    MeanStageFell = 8,

    /// <summary>The share of open pipeline at stage ≥ 50 % is lower than last month's.</summary>
    ShareAtFiftyFell = 9,

    /// <summary>Monthly compliance below 100 % (team only).</summary>
    ComplianceBelowRequired = 10,
}
