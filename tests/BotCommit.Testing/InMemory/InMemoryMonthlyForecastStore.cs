using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="IMonthlyForecastStore"/>: write-once submissions, as in Azure Tables.</summary>
public sealed class InMemoryMonthlyForecastStore : IMonthlyForecastStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(TeamId, YearMonth), List<MonthlyForecast>> _months = [];

    public Task<bool> AddAsync(MonthlyForecast forecast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        cancellationToken.ThrowIfCancellationRequested();
        var at = forecast.SubmittedAt ?? throw new ArgumentException("A monthly forecast is stored with its instant.", nameof(forecast));
        StoreRules.CheckInstant(at, nameof(forecast));
        lock (_gate)
        {
            if (!_months.TryGetValue((forecast.Team, forecast.Month), out var list))
            {
                _months[(forecast.Team, forecast.Month)] = list = [];
            }

            var utc = at.ToUniversalTime();
            if (list.Any(f => f.Rep == forecast.Rep && f.SubmittedAt == utc))
            {
                return Task.FromResult(false);
            }

            list.Add(forecast with { SubmittedAt = utc, Lines = [.. forecast.Lines] });
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<MonthlyForecast>> ListMonthAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<MonthlyForecast> found = _months.TryGetValue((team, month), out var list)
                ? [.. list.OrderBy(f => f.Rep.Value, StringComparer.Ordinal).ThenBy(f => f.SubmittedAt)]
                : [];
            return Task.FromResult(found);
        }
    }

    public async Task<IReadOnlyList<MonthlyForecast>> ListRepAsync(TeamId team, YearMonth month, RepId rep, CancellationToken cancellationToken) =>
        [.. (await ListMonthAsync(team, month, cancellationToken)).Where(f => f.Rep == rep)];

    public async Task<MonthlyForecast?> GetLatestBeforeAsync(TeamId team, RepId rep, YearMonth month, int maxMonthsBack, CancellationToken cancellationToken)
    {
        for (var back = 1; back <= maxMonthsBack; back++)
        {
            var found = await ListRepAsync(team, month.AddMonths(-back), rep, cancellationToken);
            if (found.Count > 0)
            {
                return found[^1];
            }
        }

        return null;
    }
}
