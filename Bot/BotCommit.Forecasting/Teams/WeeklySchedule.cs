namespace BotCommit.Forecasting.Teams;

/// <summary>
/// The team's weekly cadence. The nudge is rep-local; the deadline, summary and call are team-local (one
/// meeting). Times are local wall-clock times; DST gaps and overlaps are resolved where they become instants.
/// </summary>
public sealed record WeeklySchedule
{
    /// <summary>
    /// Nudge Sunday 16:00 rep-local; reminders Sunday 20:00 rep-local and Monday 06:30 team-local; deadline
    /// Monday 07:00, summary Monday 08:00, call Monday 09:00, all team-local.
    /// </summary>
    public static WeeklySchedule Default { get; } = new();

    public LocalWeeklyTime Nudge { get; init; } = new(DayOfWeek.Sunday, new TimeOnly(16, 0));

    public IReadOnlyList<ScheduledReminder> Reminders { get; init => field = Guard.NotNull(value, nameof(Reminders)); } =
    [
        new(new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(20, 0)), ScheduleClock.RepLocal),
        new(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(6, 30)), ScheduleClock.TeamLocal),
    ];

    public LocalWeeklyTime Deadline { get; init; } = new(DayOfWeek.Monday, new TimeOnly(7, 0));

    public LocalWeeklyTime Summary { get; init; } = new(DayOfWeek.Monday, new TimeOnly(8, 0));

    public LocalWeeklyTime Call { get; init; } = new(DayOfWeek.Monday, new TimeOnly(9, 0));
}
