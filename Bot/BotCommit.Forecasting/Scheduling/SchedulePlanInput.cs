using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Everything <see cref="SchedulePlanner.Plan"/> needs for one team and week, read beforehand from the ports:
/// the roster, who has <see cref="Submitted"/> (status Submitted) and who <see cref="Skipped"/> the week (away, with
/// a reason), the week's action records, the instant <see cref="Now"/> and the claim lease (a claim older than it
/// counts as abandoned).
/// </summary>
public sealed record SchedulePlanInput(
    TeamSettings Team,
    IReadOnlyList<Rep> Roster,
    ForecastWeek Week,
    IReadOnlySet<RepId> Submitted,
    IReadOnlySet<RepId> Skipped,
    IReadOnlyList<ActionRecord> Actions,
    DateTimeOffset Now)
{
    public TeamSettings Team { get; init => field = Guard.NotNull(value, nameof(Team)); } = Guard.NotNull(Team, nameof(Team));

    public IReadOnlyList<Rep> Roster { get; init => field = Guard.NotNull(value, nameof(Roster)); } = Guard.NotNull(Roster, nameof(Roster));

    public IReadOnlySet<RepId> Submitted { get; init => field = Guard.NotNull(value, nameof(Submitted)); } = Guard.NotNull(Submitted, nameof(Submitted));

    public IReadOnlySet<RepId> Skipped { get; init => field = Guard.NotNull(value, nameof(Skipped)); } = Guard.NotNull(Skipped, nameof(Skipped));

    public IReadOnlyList<ActionRecord> Actions { get; init => field = Guard.NotNull(value, nameof(Actions)); } = Guard.NotNull(Actions, nameof(Actions));

    public TimeSpan ClaimLease { get; init; } = ScheduleRunOptions.Default.ClaimLease;
}
