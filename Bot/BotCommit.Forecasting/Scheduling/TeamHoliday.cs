using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// domain.md "Absence counts only when it was known in time": a team holiday makes W a week without nudge, summary or
/// expected check-ins only when it was recorded at or before W's deadline. One recorded later is kept (and shown), but
/// W stands as it was: its summary is posted and the reps who did not check in count as missing.
/// </summary>
public static class TeamHoliday
{
    /// <summary>Whether <paramref name="week"/> is a holiday the schedule honours.</summary>
    /// <exception cref="TimeZoneNotFoundException">The team's zone id is unknown on this machine.</exception>
    public static bool Counts(TeamSettings team, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.SkippedWeeks.ContainsKey(week) && !IsRecordedLate(team, week);
    }

    /// <summary>Whether <paramref name="week"/>'s holiday was recorded after the week's deadline (so it does not count).</summary>
    /// <exception cref="TimeZoneNotFoundException">The team's zone id is unknown on this machine.</exception>
    public static bool IsRecordedLate(TeamSettings team, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.SkippedWeeks.ContainsKey(week)
            && team.HolidaysRecordedAt.TryGetValue(week, out var recordedAt)
            && recordedAt > ScheduleInstants.For(team, week).Deadline;
    }
}
