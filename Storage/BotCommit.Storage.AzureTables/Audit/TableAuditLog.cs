using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.AzureTables.Audit;

/// <summary>
/// <see cref="IAuditLog"/> on Azure Tables: one partition per team, RowKeys sorting newest first, so the
/// latest N entries are the first N rows of one partition. Values longer than 32K characters are refused
/// (a table string property's limit). Thread-safe.
/// </summary>
public sealed class TableAuditLog : IAuditLog
{
    private const int MaxPageSize = 1000;

    private readonly TableClient _table;

    public TableAuditLog(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await _table.AddEntityAsync(AuditMapper.ToEntity(entry, Guid.NewGuid()), cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)System.Net.HttpStatusCode.Conflict && entry.ChangeId is not null)
        {
            // The same change, appended again from its outbox: it is already in the log.
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListRecentAsync(TeamId team, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var entries = new List<AuditEntry>(Math.Min(max, MaxPageSize));
        if (max == 0)
        {
            return entries;
        }

        var partition = AuditMapper.PartitionKey(team);
        await foreach (var entity in _table.QueryAsync<AuditEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: Math.Min(max, MaxPageSize), cancellationToken: cancellationToken))
        {
            entries.Add(AuditMapper.ToDomain(team, entity));
            if (entries.Count == max)
            {
                break;
            }
        }

        return entries;
    }
}
