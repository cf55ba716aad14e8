using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>An audit outbox as a JSON column (<c>PendingAuditJson</c> of the Teams and Reps rows); null = empty.</summary>
internal static class PendingAuditColumn
{
    public static string? Write(IReadOnlyList<AuditEntry> entries) =>
        entries.Count == 0
            ? null
            : JsonColumn.Write(
                entries.Select(e => new PendingAuditDocument(e.At, e.Actor.Value, e.Setting, e.OldValue, e.NewValue, e.ChangeId)).ToList(),
                StorageJsonContext.Default.ListPendingAuditDocument);

    public static IReadOnlyList<AuditEntry> Read(TeamId team, string? json, string column) =>
        json is { Length: > 0 }
            ? [.. JsonColumn.Read(json, column, StorageJsonContext.Default.ListPendingAuditDocument)
                .Select(d => new AuditEntry(team, d.At, RepId.From(d.Actor), d.Setting, d.OldValue, d.NewValue) { ChangeId = d.ChangeId })]
            : [];
}
