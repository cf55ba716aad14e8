namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// The healthy bands of domain.md's Monday-summary table ("The numbers in the Monday summary"), the one place they are
/// written down: the cards flag a figure with these predicates, the accuracy history and the regions' call attainment
/// judge with them. Ratios are unrounded fractions (0.95 = 95 %); an absent (null) figure is never flagged.
/// </summary>
public static class SummaryBands
{
    /// <summary>Attainment (and accuracy) below this is flagged (95 %).</summary>
    public const decimal AttainmentLow = 0.95m;

    /// <summary>Attainment (and accuracy) above this is flagged (110 %).</summary>
    public const decimal AttainmentHigh = 1.10m;

    /// <summary>Linearity below this is flagged (95 %).</summary>
    public const decimal LinearityLow = 0.95m;

    /// <summary>Pipeline coverage below this is flagged (150 %).</summary>
    public const decimal CoverageLow = 1.50m;

    /// <summary>Commit quality below this is flagged (100 %).</summary>
    public const decimal CommitQualityLow = 1m;

    /// <summary>An unrealized ratio at or above this is flagged (5 %).</summary>
    public const decimal UnrealizedHigh = 0.05m;

    /// <summary>Submission compliance below this is flagged (100 %).</summary>
    public const decimal ComplianceLow = 1m;

    /// <summary>Outside 95 %..110 % (both ends healthy).</summary>
    public static bool IsAttainmentOutside(decimal attainment) => attainment < AttainmentLow || attainment > AttainmentHigh;

    public static bool IsLinearityLow(decimal linearity) => linearity < LinearityLow;

    public static bool IsCoverageLow(decimal coverage) => coverage < CoverageLow;

    public static bool IsCommitQualityLow(decimal quality) => quality < CommitQualityLow;

    public static bool IsUnrealizedHigh(decimal unrealized) => unrealized >= UnrealizedHigh;

    public static bool IsComplianceLow(decimal compliance) => compliance < ComplianceLow;

    /// <summary>A month or quarter forecast short of its target (no target: not judged).</summary>
    public static bool IsForecastShort(decimal forecast, decimal? target) => target is { } t && forecast < t;
}
