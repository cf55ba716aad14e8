using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>Append-only log of settings changes per team.</summary>
public interface IAuditLog
{
    /// <summary>Adds <paramref name="entry"/>; an entry with a <see cref="AuditEntry.ChangeId"/> already in the team's log is not added again.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="max"/> entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListRecentAsync(TeamId team, int max, CancellationToken cancellationToken);
}
