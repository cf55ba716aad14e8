using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// A rep's monthly forecast card for month <see cref="Month"/> as <see cref="PrepareMonthlyForecast"/> prepares it for the
/// nudge, a card action and the receipt: the twelve months (<see cref="Draft"/>: pre-filled from the rep's previous monthly
/// forecast, or — once they submitted for m — what they submitted last, each month with its pipeline hint), the action plan
/// last submitted for m (never carried from another month), the deadline (the due week's, team offset) and whether it has
/// passed.
/// </summary>
public sealed record MonthlyCheckInView(TeamSettings Team, Rep Rep, YearMonth Month, DateTimeOffset Deadline, MonthlyForecastDraft Draft)
{
    /// <summary>The rep's latest submission for m (revisions included), or null when they have not submitted for m.</summary>
    public MonthlyForecast? Latest { get; init; }

    /// <summary>The action plan the card shows: the latest submission's for m, else none.</summary>
    public string? ActionPlan => Latest?.ActionPlan;

    /// <summary>The deadline had passed when the view was prepared: a submission is accepted but late (or a revision).</summary>
    public bool PastDeadline { get; init; }
}
