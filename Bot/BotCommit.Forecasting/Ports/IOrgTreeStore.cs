using BotCommit.Forecasting.Regions;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The organisation tree (regions and the teams attached to them), one version for the whole tree: an edit is checked
/// against the tree as it was read (<see cref="OrgTree.With"/>), so two concurrent edits can never combine into a cycle.
/// </summary>
public interface IOrgTreeStore
{
    /// <summary>The tree with its version; null when no tree was ever saved (every team works alone).</summary>
    Task<Versioned<OrgTree>?> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates (<paramref name="expectedVersion"/> null) or replaces the tree; returns the new version. At most
    /// <see cref="MaxChangedNodes"/> nodes may differ from the stored tree in one save (added, changed or removed), so a
    /// save is one all-or-nothing write.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The version does not match, or a tree exists on create.</exception>
    /// <exception cref="ArgumentException">More than <see cref="MaxChangedNodes"/> nodes changed.</exception>
    Task<string> SaveAsync(OrgTree tree, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>One table transaction holds 100 rows: the version row and up to 99 nodes.</summary>
    public const int MaxChangedNodes = 99;
}
