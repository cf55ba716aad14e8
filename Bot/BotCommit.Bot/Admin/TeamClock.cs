using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>"Now" for a team: today's date in the team's zone and the review week the schedule is working on.</summary>
internal sealed class TeamClock(TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public static TimeZoneInfo ZoneOf(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return TimeZoneInfo.TryFindSystemTimeZoneById(team.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public DateOnly Today(TeamSettings team) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, ZoneOf(team)).DateTime);

    /// <summary>The week the schedule currently works on (see <see cref="SchedulePlanner.CurrentWeek"/>).</summary>
    public ForecastWeek CurrentWeek(TeamSettings team, IReadOnlyList<Rep> roster) => SchedulePlanner.CurrentWeek(team, roster, Now);

    /// <summary>An instant shown in the team's zone.</summary>
    public static DateTimeOffset Local(TeamSettings team, DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ZoneOf(team));
}
