using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// What a manual trigger ("nudge now", "summary now") works on: the team, its roster and the week the schedule works on
/// (<see cref="ReviewWeek.ForRoster"/>); or why it cannot run (no such team, a holiday week).
/// </summary>
internal sealed record ManualTriggerWeek(TeamSettings Team, IReadOnlyList<Rep> Roster, ForecastWeek Week, DateTimeOffset Now)
{
    /// <summary>The trigger's week, or the refusal to return.</summary>
    public static async Task<(ManualTriggerWeek? Week, ManualTriggerResult? Refusal)> ReadAsync(
        ITeamSettingsStore settings, IRosterStore roster, TeamId team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync(team, cancellationToken);
        if (stored is null)
        {
            return (null, ManualTriggerResult.Refused(ManualTriggerStatus.TeamNotFound, null));
        }

        var members = await roster.ListAsync(team, cancellationToken);
        var week = ReviewWeek.ForRoster(stored.Value, members, now);
        return TeamHoliday.Counts(stored.Value, week)
            ? (null, ManualTriggerResult.Refused(ManualTriggerStatus.WeekSkipped, week))
            : (new ManualTriggerWeek(stored.Value, members, week, now), null);
    }
}
