namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The bands of domain.md's monthly table, as data the cards show beside each figure. Ratios are fractions (0.05 = 5 %).
/// A figure that is absent (null) is never flagged.
/// </summary>
public static class MonthlyBands
{
    /// <summary>Plan achievement healthy from 95 % ..</summary>
    public const decimal PlanAchievementLow = 0.95m;

    /// <summary>.. to 110 % (inclusive).</summary>
    public const decimal PlanAchievementHigh = 1.10m;

    /// <summary>Forecast volatility is flagged above 20 % (lower is better).</summary>
    public const decimal VolatilityLimit = 0.20m;

    /// <summary>Pipeline and forecast growth: at least 5 % required ..</summary>
    public const decimal RequiredGrowth = 0.05m;

    /// <summary>.. at least 10 % good.</summary>
    public const decimal GoodGrowth = 0.10m;

    /// <summary>12-month pipeline coverage at least 150 %.</summary>
    public const decimal CoverageMinimum = 1.50m;

    /// <summary>Monthly compliance: 100 %, no exceptions.</summary>
    public const decimal ComplianceRequired = 1m;

    /// <summary>The band of a growth; null when the growth is absent.</summary>
    public static GrowthBand? Growth(decimal? growth) => growth switch
    {
        null => null,
        >= GoodGrowth => GrowthBand.Good,
        >= RequiredGrowth => GrowthBand.Required,
        _ => GrowthBand.BelowRequired,
    };
}
