using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Monthly;

/// <summary>
/// <see cref="IMonthlyForecastStore"/> on Azure Tables: a team's month is one partition, a submission one write-once row
/// (Add; a 409 means the same submission is already kept). Thread-safe.
/// </summary>
public sealed class TableMonthlyForecastStore : IMonthlyForecastStore
{
    private readonly TableClient _table;

    public TableMonthlyForecastStore(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task<bool> AddAsync(MonthlyForecast forecast, CancellationToken cancellationToken)
    {
        var entity = MonthlyForecastMapper.ToEntity(forecast);
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public Task<IReadOnlyList<MonthlyForecast>> ListMonthAsync(TeamId team, YearMonth month, CancellationToken cancellationToken) =>
        QueryAsync(team, month, TableClient.CreateQueryFilter($"PartitionKey eq {MonthlyForecastMapper.Partition(team, month)}"), cancellationToken);

    public Task<IReadOnlyList<MonthlyForecast>> ListRepAsync(TeamId team, YearMonth month, RepId rep, CancellationToken cancellationToken)
    {
        var (from, to) = KeyCodec.PrefixRange(MonthlyForecastMapper.RepPart(rep));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {MonthlyForecastMapper.Partition(team, month)} and RowKey ge {from} and RowKey lt {to}");
        return QueryAsync(team, month, filter, cancellationToken);
    }

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

    private async Task<IReadOnlyList<MonthlyForecast>> QueryAsync(TeamId team, YearMonth month, string filter, CancellationToken cancellationToken)
    {
        var result = new List<MonthlyForecast>();
        await foreach (var entity in _table.QueryAsync<MonthlyForecastEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(MonthlyForecastMapper.ToDomain(team, month, entity));
        }

        // RowKey order is (escaped rep, ticks); the port promises rep id (ordinal) then instant.
        return [.. result.OrderBy(f => f.Rep.Value, StringComparer.Ordinal).ThenBy(f => f.SubmittedAt)];
    }
}
