namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>JSON shape of a scheduled reminder: when, and on whose clock (by name).</summary>
internal sealed record ReminderDocument(WeeklyTimeDocument At, string Clock);
