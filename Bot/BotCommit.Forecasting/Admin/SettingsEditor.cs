using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Admin;

/// <summary>
/// Changes team settings and roster entries with the stores' optimistic concurrency: read, apply, save with the read
/// version; on <see cref="ConcurrencyConflictException"/> read again and apply once more; a second conflict gives up
/// (<see cref="EditStatus.Conflict"/>) so the user retries. A team-settings change and its audit entries cannot be
/// separated: the entries are saved in the same row write as the change (<see cref="TeamSettings.PendingAudit"/>, the
/// outbox), then appended to the audit log under ids derived from the settings version (idempotent); whatever a failure
/// left in the outbox is appended by the next edit or by <see cref="FlushPendingAuditAsync"/>. Roster entries work the
/// same way, each with its own outbox (<see cref="Rep.PendingAudit"/>).
/// </summary>
public sealed class SettingsEditor(ITeamSettingsStore teams, IRosterStore roster, IAuditLog audit, TimeProvider clock)
{
    private const int Attempts = 2;

    public async Task<EditResult<TeamSettings>> UpdateTeamAsync(TeamId team, RepId actor, Func<TeamSettings, Edit<TeamSettings>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await teams.GetAsync(team, cancellationToken);
            if (stored is null)
            {
                return new(EditStatus.Missing, null, [], null);
            }

            // What the last change left in the outbox goes to the log first: this save replaces the outbox.
            await FlushAsync(stored.Value.PendingAudit, cancellationToken);
            var edit = apply(stored.Value);
            if (Finished(edit, stored.Value) is { } done)
            {
                return done;
            }

            var entries = Entries(team, actor, team.Value + "\n" + stored.Version, edit.Changes);
            var saved = edit.Value! with { PendingAudit = entries };
            try
            {
                await teams.SaveAsync(saved, stored.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }
            catch (ConcurrencyConflictException)
            {
                return new(EditStatus.Conflict, stored.Value, [], null);
            }

            try
            {
                await FlushAsync(entries, cancellationToken);
            }
            catch (StorageUnavailableException)
            {
                // The change and its entries are saved together; the next edit or audit read appends them.
            }

            return new(EditStatus.Saved, saved, edit.Changes, null);
        }
    }

    /// <summary>
    /// Changes (or, when <paramref name="apply"/> is given null, creates) the roster entry of <paramref name="rep"/>. Like a
    /// team-settings change, the entry's audit entries travel in the same row write (<see cref="Rep.PendingAudit"/>) and
    /// are appended to the log afterwards, idempotently.
    /// </summary>
    public async Task<EditResult<Rep>> UpdateRepAsync(TeamId team, RepId rep, RepId actor, Func<Rep?, Edit<Rep>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await roster.GetAsync(team, rep, cancellationToken);
            if (stored is not null)
            {
                await FlushAsync(stored.Value.PendingAudit, cancellationToken);
            }

            var edit = apply(stored?.Value);
            if (Finished(edit, stored?.Value) is { } done)
            {
                return done;
            }

            var entries = Entries(team, actor, team.Value + "\n" + rep.Value + "\n" + (stored?.Version ?? "new " + Guid.NewGuid().ToString("N")), edit.Changes);
            var saved = edit.Value! with { PendingAudit = entries };
            try
            {
                await roster.SaveAsync(saved, stored?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }
            catch (ConcurrencyConflictException)
            {
                return new(EditStatus.Conflict, stored?.Value, [], null);
            }

            try
            {
                await FlushAsync(entries, cancellationToken);
            }
            catch (StorageUnavailableException)
            {
                // Saved together with the change; the next edit of this entry or an audit read appends them.
            }

            return new(EditStatus.Saved, saved, edit.Changes, null);
        }
    }

    /// <summary>
    /// Appends what the team's audit outboxes still hold — the settings row's and every roster entry's (a change saved,
    /// its entries not yet in the log: the instance stopped or storage failed between the two writes). Idempotent; call
    /// before reading the audit log.
    /// </summary>
    public async Task FlushPendingAuditAsync(TeamId team, CancellationToken cancellationToken)
    {
        var stored = await teams.GetAsync(team, cancellationToken);
        if (stored is not null)
        {
            await FlushAsync(stored.Value.PendingAudit, cancellationToken);
        }

        foreach (var rep in await roster.ListAsync(team, cancellationToken))
        {
            await FlushAsync(rep.PendingAudit, cancellationToken);
        }
    }

    /// <summary>
    /// The audit entries of a change saved on the row version named in <paramref name="row"/> (the row and its version,
    /// or a fresh id for a row that is new). Their ids derive from it and the position: only one save can succeed on a
    /// version, so the ids name this change alone, and a second flush of the same outbox adds nothing.
    /// </summary>
    private List<AuditEntry> Entries(TeamId team, RepId actor, string row, IReadOnlyList<SettingChange> changes)
    {
        var now = clock.GetUtcNow();
        var basis = row + "\n";
        return [.. changes.Select((change, index) => new AuditEntry(team, now, actor, change.Setting, change.Before, change.After)
        {
            ChangeId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(basis + index.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..32],
        })];
    }

    private async Task FlushAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await audit.AppendAsync(entry, cancellationToken);
        }
    }

    /// <summary>Appends changes made elsewhere (e.g. the summary channel document) to the audit log.</summary>
    public async Task AuditAsync(TeamId team, RepId actor, IReadOnlyList<SettingChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            await audit.AppendAsync(new AuditEntry(team, now, actor, change.Setting, change.Before, change.After), cancellationToken);
        }
    }

    private static EditResult<T>? Finished<T>(Edit<T> edit, T? current)
        where T : class
    {
        if (edit.Refusal is not null)
        {
            return new(EditStatus.Refused, current, [], edit.Refusal);
        }

        return edit.Changes.Count == 0 ? new(EditStatus.Unchanged, edit.Value ?? current, [], null) : null;
    }
}
