using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The one place a team's <see cref="WeeklySchedule"/> becomes instants for one review week (the nudge per rep zone,
/// the reminders, the deadline, the summary and the call): which zone each time is read on (nudge and
/// <see cref="ScheduleClock.RepLocal"/> reminders on the rep's zone, falling back to the team's when the rep has none or
/// an unknown one; deadline, summary and call on the team's zone), on which date (<see cref="ForecastWeek.CycleDate"/>:
/// "Sunday" is the Sunday before the Monday), with the DST rule of <see cref="LocalTimeResolver"/> (a time in a gap
/// moves forward by the gap, an ambiguous one takes the first occurrence). Every instant is expressed in the offset of
/// the zone it was read on, so the team-local ones can be shown as they are. Pure; not thread-safe (it caches zones
/// per instance).
/// </summary>
public sealed class ScheduleInstants
{
    /// <summary>Reminders beyond this many are ignored: the action log knows <c>Reminder1</c> and <c>Reminder2</c>.</summary>
    public const int MaxReminders = 2;

    private readonly WeeklySchedule _schedule;
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    private ScheduleInstants(TeamSettings team, ForecastWeek week, TimeZoneInfo teamZone)
    {
        _schedule = team.Schedule;
        Week = week;
        TeamZone = teamZone;
        Deadline = _schedule.Deadline.InstantIn(week, teamZone);
        Summary = _schedule.Summary.InstantIn(week, teamZone);
        Call = _schedule.Call.InstantIn(week, teamZone);
    }

    public ForecastWeek Week { get; }

    public TimeZoneInfo TeamZone { get; }

    /// <summary>The submission deadline (team zone); escalation is due from here on.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>When the summary is due (team zone).</summary>
    public DateTimeOffset Summary { get; }

    /// <summary>The call (team zone); a summary posted after it is marked late.</summary>
    public DateTimeOffset Call { get; }

    /// <summary>How many reminders the schedule has (at most <see cref="MaxReminders"/>).</summary>
    public int ReminderCount => Math.Min(_schedule.Reminders.Count, MaxReminders);

    /// <exception cref="TimeZoneNotFoundException">The team's zone id is unknown on this machine.</exception>
    public static ScheduleInstants For(TeamSettings team, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new ScheduleInstants(team, week, TimeZones.Find(team.TimeZoneId));
    }

    /// <summary>Whether <paramref name="now"/> is after the week's deadline (a submission then is late).</summary>
    public bool IsPastDeadline(DateTimeOffset now) => now > Deadline;

    /// <summary>The zone the rep's personal times are read on: their own when known, else the team's.</summary>
    public TimeZoneInfo ZoneOf(Rep rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return ZoneOf(rep.TimeZoneId);
    }

    /// <summary>The nudge (always rep-local).</summary>
    public DateTimeOffset NudgeFor(Rep rep) => _schedule.Nudge.InstantIn(Week, ZoneOf(rep));

    /// <summary>Reminder <paramref name="number"/> (1-based) for the rep, on the reminder's clock.</summary>
    public DateTimeOffset ReminderFor(Rep rep, int number) => ReminderIn(number, ZoneOf(rep));

    /// <summary>
    /// When the week's window opens for these people: the earliest of every scheduled instant of the week
    /// (nudges and reminders in each rep's zone and the team's, deadline, summary). See
    /// <see cref="ReviewWeek"/>.
    /// </summary>
    public DateTimeOffset Opening(IEnumerable<Rep> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var earliest = Min(Deadline, Summary);
        var zones = roster.Select(r => r.TimeZoneId ?? string.Empty).Append(string.Empty).Distinct(StringComparer.Ordinal);
        foreach (var zoneId in zones)
        {
            var zone = ZoneOf(zoneId);
            earliest = Min(earliest, _schedule.Nudge.InstantIn(Week, zone));
            for (var number = 1; number <= ReminderCount; number++)
            {
                earliest = Min(earliest, ReminderIn(number, zone));
            }
        }

        return earliest;
    }

    private DateTimeOffset ReminderIn(int number, TimeZoneInfo repZone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ReminderCount);
        var reminder = _schedule.Reminders[number - 1];
        return reminder.At.InstantIn(Week, reminder.Clock == ScheduleClock.RepLocal ? repZone : TeamZone);
    }

    private TimeZoneInfo ZoneOf(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return TeamZone;
        }

        if (!_zones.TryGetValue(zoneId, out var zone))
        {
            // An unknown rep zone (a typo in the roster) must not stop the team's schedule: use the team's zone.
            zone = TimeZones.TryFind(zoneId, out var found) ? found : TeamZone;
            _zones[zoneId] = zone;
        }

        return zone;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
