using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// What <see cref="MonthlySchedulePlanner.Plan"/> needs for one team and week, read beforehand: the roster, who submitted
/// (<see cref="WeeklySubmitted"/>) or skipped (<see cref="WeeklySkipped"/>) the week's check-in, who submitted a monthly
/// forecast for the month due in the week (<see cref="MonthlySubmitted"/>, any instant), the week's action records (weekly
/// and monthly share them), now and the claim lease.
/// </summary>
public sealed record MonthlyPlanInput(
    TeamSettings Team,
    IReadOnlyList<Rep> Roster,
    ForecastWeek Week,
    IReadOnlySet<RepId> WeeklySubmitted,
    IReadOnlySet<RepId> WeeklySkipped,
    IReadOnlySet<RepId> MonthlySubmitted,
    IReadOnlyList<ActionRecord> Actions,
    DateTimeOffset Now)
{
    public TimeSpan ClaimLease { get; init; } = ScheduleRunOptions.Default.ClaimLease;
}
