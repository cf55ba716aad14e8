namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>One entry of a team's audit outbox (the <c>PendingAuditJson</c> column of its settings row).</summary>
internal sealed record PendingAuditDocument(DateTimeOffset At, string Actor, string Setting, string? OldValue, string? NewValue, string? ChangeId);
