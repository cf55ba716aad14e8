using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Admin;

/// <summary>
/// Changes team settings and roster entries with the stores' optimistic concurrency: read, apply, save with the read
/// version; on <see cref="ConcurrencyConflictException"/> read again and apply once more; a second conflict gives up
/// (<see cref="EditStatus.Conflict"/>) so the user retries. Every saved change is appended to the audit log with the
/// actor and the injected clock's time.
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

            var edit = apply(stored.Value);
            if (Finished(edit, stored.Value) is { } done)
            {
                return done;
            }

            try
            {
                await teams.SaveAsync(edit.Value!, stored.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }
            catch (ConcurrencyConflictException)
            {
                return new(EditStatus.Conflict, stored.Value, [], null);
            }

            await AuditAsync(team, actor, edit.Changes, cancellationToken);
            return new(EditStatus.Saved, edit.Value, edit.Changes, null);
        }
    }

    /// <summary>Changes (or, when <paramref name="apply"/> is given null, creates) the roster entry of <paramref name="rep"/>.</summary>
    public async Task<EditResult<Rep>> UpdateRepAsync(TeamId team, RepId rep, RepId actor, Func<Rep?, Edit<Rep>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await roster.GetAsync(team, rep, cancellationToken);
            var edit = apply(stored?.Value);
            if (Finished(edit, stored?.Value) is { } done)
            {
                return done;
            }

            try
            {
                await roster.SaveAsync(edit.Value!, stored?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }
            catch (ConcurrencyConflictException)
            {
                return new(EditStatus.Conflict, stored?.Value, [], null);
            }

            await AuditAsync(team, actor, edit.Changes, cancellationToken);
            return new(EditStatus.Saved, edit.Value, edit.Changes, null);
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
