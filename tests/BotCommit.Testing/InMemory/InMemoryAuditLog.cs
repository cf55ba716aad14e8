using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="IAuditLog"/>: newest first by <see cref="AuditEntry.At"/>.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        StoreRules.CheckInstant(entry.At, nameof(entry.At));
        StoreRules.CheckText(entry.OldValue, nameof(entry.OldValue));
        StoreRules.CheckText(entry.NewValue, nameof(entry.NewValue));
        lock (_gate)
        {
            if (entry.ChangeId is null || !_entries.Any(e => e.Team == entry.Team && e.ChangeId == entry.ChangeId))
            {
                _entries.Add(entry);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListRecentAsync(TeamId team, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Reverse first so that, among entries at the same instant, the later append comes first (stable sort).
            return Task.FromResult<IReadOnlyList<AuditEntry>>(Enumerable.Reverse(_entries)
                .Where(e => e.Team == team)
                .OrderByDescending(e => e.At)
                .Take(max)
                .ToList());
        }
    }
}
