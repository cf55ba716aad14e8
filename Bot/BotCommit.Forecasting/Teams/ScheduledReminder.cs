namespace BotCommit.Forecasting.Teams;

/// <summary>A reminder to reps who have not submitted yet, at <see cref="At"/> on the given clock.</summary>
public sealed record ScheduledReminder(LocalWeeklyTime At, ScheduleClock Clock);
