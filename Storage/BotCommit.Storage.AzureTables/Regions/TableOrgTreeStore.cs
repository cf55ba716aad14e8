using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Storage.AzureTables.Batching;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>
/// <see cref="IOrgTreeStore"/> on Azure Tables: one partition, a row per node and a version row whose ETag is the tree's
/// version. A save reads the partition, then sends one transaction: the version row (added, or replaced with the
/// expected ETag — which guards the whole write) and the nodes that differ (upserted or deleted). Thread-safe.
/// </summary>
public sealed class TableOrgTreeStore : IOrgTreeStore
{
    private const string What = "The organisation tree";

    private readonly TableClient _table;

    public TableOrgTreeStore(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task<Versioned<OrgTree>?> GetAsync(CancellationToken cancellationToken)
    {
        var (version, nodes) = await ReadAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        var domain = nodes.Values.Select(OrgNodeMapper.ToDomain).ToList();
        if (!OrgTree.TryCreate(domain, out var tree, out var problems))
        {
            throw new InvalidDataException($"The stored organisation tree breaks {string.Join(", ", problems.Select(p => p.Rule))}.");
        }

        return new Versioned<OrgTree>(tree, version);
    }

    public async Task<string> SaveAsync(OrgTree tree, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (expectedVersion is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        }

        var (_, stored) = await ReadAsync(cancellationToken);
        var wanted = tree.Nodes.Select(OrgNodeMapper.ToEntity).ToDictionary(e => e.RowKey, StringComparer.Ordinal);
        var upserts = wanted.Values.Where(e => !stored.TryGetValue(e.RowKey, out var old) || !OrgNodeMapper.SameContent(old, e)).ToList();
        var deletes = stored.Values.Where(e => !wanted.ContainsKey(e.RowKey)).ToList();
        if (upserts.Count + deletes.Count > IOrgTreeStore.MaxChangedNodes)
        {
            throw new ArgumentException(
                $"At most {IOrgTreeStore.MaxChangedNodes} nodes change in one save; this one changes {upserts.Count + deletes.Count}.", nameof(tree));
        }

        var version = OrgNodeMapper.Version();
        var actions = new List<TableTransactionAction>
        {
            expectedVersion is null
                ? new TableTransactionAction(TableTransactionActionType.Add, version)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, version, new ETag(expectedVersion)),
        };
        actions.AddRange(upserts.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
        actions.AddRange(deletes.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)));
        try
        {
            var responses = await TransactionBatch.SubmitAsync(_table, actions, cancellationToken);
            return Conflicts.ETagOf(responses[0], What);
        }
        catch (RequestFailedException exception) when (Conflicts.IsConflict(exception))
        {
            throw Conflicts.From(exception, What);
        }
    }

    private async Task<(string? Version, Dictionary<string, OrgNodeEntity> Nodes)> ReadAsync(CancellationToken cancellationToken)
    {
        string? version = null;
        var nodes = new Dictionary<string, OrgNodeEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OrgNodeMapper.Partition}");
        await foreach (var entity in _table.QueryAsync<OrgNodeEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == OrgNodeMapper.VersionRow)
            {
                version = entity.ETag.ToString();
            }
            else
            {
                nodes[entity.RowKey] = entity;
            }
        }

        return (version, nodes);
    }
}
