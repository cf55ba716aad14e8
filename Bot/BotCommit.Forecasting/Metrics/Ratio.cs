namespace BotCommit.Forecasting.Metrics;

/// <summary>Unrounded ratios that are absent (null) instead of infinite when the base is zero.</summary>
internal static class Ratio
{
    /// <summary><paramref name="numerator"/> ÷ <paramref name="denominator"/>; null when the base is zero.</summary>
    public static decimal? Of(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;

    /// <summary>Null when the base is zero or negative (e.g. "target met": nothing left to cover).</summary>
    public static decimal? OfPositive(decimal numerator, decimal denominator) =>
        denominator <= 0m ? null : numerator / denominator;
}
