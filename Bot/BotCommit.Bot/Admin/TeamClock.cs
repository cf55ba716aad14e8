using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>"Now" for a team: today's date in the team's zone and the review week the schedule is working on.</summary>
internal sealed class TeamClock(TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return TimeZones.DateAt(Now, TimeZones.FindOrUtc(team.TimeZoneId));
    }

    /// <summary>Today's date in <paramref name="timeZoneId"/> (a region's effective zone; unknown: UTC).</summary>
    public DateOnly TodayIn(string timeZoneId) => TimeZones.DateAt(Now, TimeZones.FindOrUtc(timeZoneId));

    /// <summary>The week the schedule works on for these reps (see <see cref="ReviewWeek"/>; none: the team's zone alone).</summary>
    public ForecastWeek CurrentWeek(TeamSettings team, IReadOnlyList<Rep> roster) => ReviewWeek.ForRoster(team, roster, Now);

    /// <summary>An instant shown in the team's zone.</summary>
    public static DateTimeOffset Local(TeamSettings team, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(team);
        return TimeZoneInfo.ConvertTime(instant, TimeZones.FindOrUtc(team.TimeZoneId));
    }
}
