namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>JSON shape of a team's weekly schedule (days and clocks by name, times as <c>HH:mm:ss.fffffff</c>).</summary>
internal sealed record ScheduleDocument(
    WeeklyTimeDocument Nudge,
    IReadOnlyList<ReminderDocument> Reminders,
    WeeklyTimeDocument Deadline,
    WeeklyTimeDocument Summary,
    WeeklyTimeDocument Call);
