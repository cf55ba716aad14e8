using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Batching;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Deals;

/// <summary>
/// <see cref="IDealStore"/> on Azure Tables: one partition per team, RowKey <c>rep|deal</c>, so a rep's
/// pipeline is one range read and the team's pipeline one partition read. <see cref="ReplaceAsync"/> upserts
/// the given deals and deletes the rep's others in one transaction when that takes at most 100 actions
/// (always so while the rep had and keeps at most 50 deals); beyond that it writes in chunks of 100, upserts
/// first, so an interrupted replace leaves extra deals at worst and a retry converges. Thread-safe.
/// </summary>
public sealed class TableDealStore : IDealStore
{
    private const int MaxAttempts = 3;

    private readonly TableClient _table;

    public TableDealStore(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task<IReadOnlyList<DealForecast>> ListAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        var lines = new List<(int?, DealForecast)>();
        await foreach (var entity in _table.QueryAsync<DealEntity>(RepFilter(team, rep), cancellationToken: cancellationToken))
        {
            var (_, position, deal) = DealMapper.ToDomain(entity);
            lines.Add((position, deal));
        }

        return DealColumns.InSavedOrder(lines);
    }

    public async Task<IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>>> ListTeamAsync(TeamId team, CancellationToken cancellationToken)
    {
        var byRep = new Dictionary<RepId, List<(int?, DealForecast)>>();
        var partition = DealMapper.PartitionKey(team);
        await foreach (var entity in _table.QueryAsync<DealEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            var (rep, position, deal) = DealMapper.ToDomain(entity);
            if (!byRep.TryGetValue(rep, out var lines))
            {
                byRep[rep] = lines = [];
            }

            lines.Add((position, deal));
        }

        return byRep.ToDictionary(p => p.Key, p => DealColumns.InSavedOrder(p.Value));
    }

    public async Task ReplaceAsync(TeamId team, RepId rep, IReadOnlyList<DealForecast> deals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var rows = deals.Select((deal, position) => DealMapper.ToEntity(team, rep, deal, position)).ToList();
        if (rows.Select(r => r.RowKey).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            throw new ArgumentException("Each deal may appear only once.", nameof(deals));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ReplaceOnceAsync(team, rep, rows, cancellationToken);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound && attempt < MaxAttempts)
            {
                // A concurrent replace deleted a row this one meant to delete: read again and retry.
            }
        }
    }

    private async Task ReplaceOnceAsync(TeamId team, RepId rep, List<DealEntity> rows, CancellationToken cancellationToken)
    {
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
        await foreach (var existing in _table.QueryAsync<DealEntity>(RepFilter(team, rep), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(existing.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, existing, ETag.All));
            }
        }

        if (actions.Count > 0)
        {
            await TransactionBatch.SubmitInChunksAsync(_table, actions, cancellationToken);
        }
    }

    private static string RepFilter(TeamId team, RepId rep)
    {
        var partition = DealMapper.PartitionKey(team);
        var (from, to) = KeyCodec.PrefixRange(KeyCodec.Encode(rep.Value));
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
    }
}
