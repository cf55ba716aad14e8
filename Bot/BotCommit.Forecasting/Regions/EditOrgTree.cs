using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Sales ops' edits of the organisation tree: read the tree with its version, apply the edit (<see cref="OrgTree.With"/>,
/// checked against every <see cref="TreeRule"/>), save with the version (one lost race is re-read and re-applied), and
/// audit each change in the audit log of the node it is about (region and team ids share one space).
/// </summary>
public sealed class EditOrgTree
{
    private readonly IOrgTreeStore _trees;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _clock;

    public EditOrgTree(IOrgTreeStore trees, IAuditLog audit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        _trees = trees;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>The tree as stored (empty when none was saved).</summary>
    public async Task<OrgTree> ReadAsync(CancellationToken cancellationToken) =>
        (await _trees.GetAsync(cancellationToken))?.Value ?? OrgTree.Empty;

    /// <param name="actor">The authenticated sender.</param>
    /// <param name="apply">The edit: the tree as read → the edited tree (or its problems) and the audited changes, or null when nothing changes.</param>
    /// <param name="cancellationToken">Cancels the reads and the save.</param>
    public async Task<TreeEditResult> ApplyAsync(RepId actor, Func<OrgTree, TreeChange?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _trees.GetAsync(cancellationToken);
            var before = stored?.Value ?? OrgTree.Empty;
            var change = apply(before);
            if (change is null)
            {
                return new TreeEditResult(EditStatus.Unchanged, before, []);
            }

            if (!change.Edit.Succeeded)
            {
                return new TreeEditResult(EditStatus.Refused, before, change.Edit.Problems);
            }

            try
            {
                await _trees.SaveAsync(change.Edit.Tree!, stored?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt == 1)
            {
                continue;
            }
            catch (ConcurrencyConflictException)
            {
                return new TreeEditResult(EditStatus.Conflict, before, []);
            }

            var at = _clock.GetUtcNow();
            foreach (var setting in change.Changes)
            {
                await _audit.AppendAsync(new AuditEntry(TeamId.From(change.Node.Value), at, actor, setting.Setting, setting.Before, setting.After), cancellationToken);
            }

            return new TreeEditResult(EditStatus.Saved, change.Edit.Tree!, []);
        }
    }
}
