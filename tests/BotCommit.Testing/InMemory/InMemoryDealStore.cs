using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="IDealStore"/>: the rep's list is replaced as a whole, order kept.</summary>
public sealed class InMemoryDealStore : IDealStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(TeamId Team, RepId Rep), IReadOnlyList<DealForecast>> _items = [];

    public Task<IReadOnlyList<DealForecast>> ListAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DealForecast>>(_items.GetValueOrDefault((team, rep)) ?? []);
        }
    }

    public Task<IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>>> ListTeamAsync(TeamId team, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>>>(_items
                .Where(p => p.Key.Team == team)
                .ToDictionary(p => p.Key.Rep, p => p.Value));
        }
    }

    public Task ReplaceAsync(TeamId team, RepId rep, IReadOnlyList<DealForecast> deals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deals);
        cancellationToken.ThrowIfCancellationRequested();
        StoreRules.CheckDeals(deals, nameof(deals));
        var copy = Array.AsReadOnly(deals.ToArray());
        lock (_gate)
        {
            if (copy.Count == 0)
            {
                _items.Remove((team, rep));
            }
            else
            {
                _items[(team, rep)] = copy;
            }
        }

        return Task.CompletedTask;
    }
}
