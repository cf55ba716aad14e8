using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One rep's line of the monthly review. <see cref="State"/> says how their forecast of record came to be (null: no
/// forecast at all, every forecast amount 0); <see cref="Away"/> = away for the due week (excluded from compliance).
/// <see cref="ActionPlan"/> is this month's line from their own forecast (never from a carried one).
/// </summary>
public sealed record RepMonthlyReview(RepId Rep, string RepName, MonthlyFigures Figures)
{
    public MonthlyForecastState? State { get; init; }

    public bool Away { get; init; }

    public string? ActionPlan { get; init; }

    /// <summary>When the forecast of record was submitted; null when carried or missing.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Submitted by the deadline: counts towards compliance.</summary>
    public bool OnTime => State == MonthlyForecastState.OnTime;
}
