using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="IOrgTreeStore"/> with the same version and size rules as Azure Tables.</summary>
public sealed class InMemoryOrgTreeStore : IOrgTreeStore
{
    private readonly Lock _gate = new();
    private Versioned<OrgTree>? _stored;

    public Task<Versioned<OrgTree>?> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_stored);
        }
    }

    public Task<string> SaveAsync(OrgTree tree, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            StoreRules.CheckVersion(_stored?.Version, expectedVersion, "The organisation tree");
            var before = _stored?.Value.Nodes ?? [];
            var changed = tree.Nodes.Count(n => !before.Any(b => Same(b, n))) + before.Count(b => !tree.Contains(b.Id));
            if (changed > IOrgTreeStore.MaxChangedNodes)
            {
                throw new ArgumentException($"At most {IOrgTreeStore.MaxChangedNodes} nodes change in one save; this one changes {changed}.", nameof(tree));
            }

            var version = StoreRules.NextVersion();
            _stored = new Versioned<OrgTree>(tree, version);
            return Task.FromResult(version);
        }
    }

    private static bool Same(OrgNode a, OrgNode b) =>
        a.Id == b.Id && a.Kind == b.Kind && a.Name == b.Name && a.Parent == b.Parent && a.Managers.SequenceEqual(b.Managers)
        && a.ChannelId == b.ChannelId && a.TimeZoneId == b.TimeZoneId && a.FiscalYearStartMonth == b.FiscalYearStartMonth
        && a.Currency == b.Currency && a.CallDeadline == b.CallDeadline
        && a.MonthTargets.Count == b.MonthTargets.Count && a.MonthTargets.All(t => b.MonthTargets.TryGetValue(t.Key, out var v) && v == t.Value)
        && a.QuarterTargets.Count == b.QuarterTargets.Count && a.QuarterTargets.All(t => b.QuarterTargets.TryGetValue(t.Key, out var v) && v == t.Value);
}
