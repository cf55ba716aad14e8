namespace BotCommit.Forecasting.Teams;

/// <summary>
/// The order a week's schedule must keep within its cycle (Sunday before the Monday to Saturday): nudge, reminders,
/// deadline, then summary, then call (summary and call may coincide with the deadline and each other). And the clock a
/// reminder is read on: on the deadline's day the team's (it sits next to the team-local deadline), else the rep's own,
/// like the nudge — as in the default schedule.
/// </summary>
public static class ScheduleOrder
{
    /// <summary>Minutes from the start of the cycle (Sunday 00:00 before the review week's Monday).</summary>
    public static int CycleMinutes(LocalWeeklyTime time) =>
        ((time.Day == DayOfWeek.Sunday ? 0 : (int)time.Day) * 24 * 60) + (time.Time.Hour * 60) + time.Time.Minute;

    public static bool IsOrdered(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var nudge = CycleMinutes(schedule.Nudge);
        var deadline = CycleMinutes(schedule.Deadline);
        return nudge < deadline
            && schedule.Reminders.All(r => CycleMinutes(r.At) > nudge && CycleMinutes(r.At) < deadline)
            && deadline <= CycleMinutes(schedule.Summary)
            && CycleMinutes(schedule.Summary) <= CycleMinutes(schedule.Call);
    }

    /// <summary>Reminders at <paramref name="times"/>, in cycle order, each on its clock (see the class summary).</summary>
    public static IReadOnlyList<ScheduledReminder> Reminders(IEnumerable<LocalWeeklyTime> times, LocalWeeklyTime deadline)
    {
        ArgumentNullException.ThrowIfNull(times);
        return [.. times
            .OrderBy(CycleMinutes)
            .Select(t => new ScheduledReminder(t, t.Day == deadline.Day ? ScheduleClock.TeamLocal : ScheduleClock.RepLocal))];
    }
}
