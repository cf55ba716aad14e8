using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="IRosterStore"/> with the same version semantics as Azure Tables.</summary>
public sealed class InMemoryRosterStore : IRosterStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(TeamId Team, RepId Rep), Versioned<Rep>> _items = [];

    public Task<Versioned<Rep>?> GetAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault((team, rep)));
        }
    }

    public Task<IReadOnlyList<Rep>> ListAsync(TeamId team, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Rep>>(_items.Values.Select(v => v.Value).Where(r => r.Team == team).ToList());
        }
    }

    public Task<IReadOnlyList<Rep>> FindMembershipsAsync(RepId rep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Rep>>(_items.Values.Select(v => v.Value).Where(r => r.Id == rep).ToList());
        }
    }

    public Task<string> SaveAsync(Rep rep, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        cancellationToken.ThrowIfCancellationRequested();
        var copy = rep with
        {
            MonthTargets = new Dictionary<string, decimal>(rep.MonthTargets),
            QuarterTargets = new Dictionary<string, decimal>(rep.QuarterTargets),
        };
        lock (_gate)
        {
            StoreRules.CheckVersion(_items.GetValueOrDefault((rep.Team, rep.Id))?.Version, expectedVersion, $"Rep '{rep.Id}' of team '{rep.Team}'");
            var version = StoreRules.NextVersion();
            _items[(rep.Team, rep.Id)] = new Versioned<Rep>(copy, version);
            return Task.FromResult(version);
        }
    }

    public Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _items.Remove((team, rep));
        }

        return Task.CompletedTask;
    }
}
