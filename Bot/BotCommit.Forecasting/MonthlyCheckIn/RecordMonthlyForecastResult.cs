using BotCommit.Forecasting.Monthly;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// What <see cref="RecordMonthlyForecast"/> did: either the broken rules (nothing stored; <see cref="Violations"/> not
/// empty, for the card to word field by field) or the stored submission, what it became and the receipt's view.
/// </summary>
public sealed record RecordMonthlyForecastResult(IReadOnlyList<MonthlyForecastViolation> Violations)
{
    public bool Accepted => Violations.Count == 0 && Stored is not null;

    /// <summary>The submission kept (with its instant), null when refused.</summary>
    public MonthlyForecast? Stored { get; init; }

    public MonthlySubmissionKind Kind { get; init; }

    /// <summary>The card as it stands after the save, built from what was written; null when refused.</summary>
    public MonthlyCheckInView? Receipt { get; init; }

    public static RecordMonthlyForecastResult Refused(IReadOnlyList<MonthlyForecastViolation> violations) => new(violations);
}
