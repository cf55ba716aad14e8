using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The leaving week of a rep removed at an instant (<see cref="Rep.LeftWeek"/>): the team's review week when its deadline
/// has not passed yet, otherwise the next one. One rule for <c>remove rep</c> and for a member leaving the team in Teams.
/// </summary>
public static class LeavingWeek
{
    public static ForecastWeek At(TeamSettings team, DateTimeOffset removedAt)
    {
        ArgumentNullException.ThrowIfNull(team);
        var current = ReviewWeek.ForRoster(team, [], removedAt);
        return Rep.LeavingWeekAt(current, ScheduleInstants.For(team, current).Deadline, removedAt);
    }

    /// <summary>The rep as removed at <paramref name="removedAt"/>: inactive, with their leaving week; history kept.</summary>
    public static Rep Remove(TeamSettings team, Rep rep, DateTimeOffset removedAt)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return rep with { Active = false, LeftWeek = At(team, removedAt) };
    }
}
