using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Batching;

namespace BotCommit.Storage.AzureTables.Erasure;

/// <summary>
/// Counting or deleting every row a filter matches, streamed: keys only, one page of <see cref="PageSize"/> rows at a
/// time, deleted in transactions of up to 100 rows of one partition as it goes — a table is never loaded.
/// </summary>
internal static class RowSweep
{
    public const int PageSize = 1000;

    private static readonly string[] s_keys = ["PartitionKey", "RowKey"];

    public static async Task<int> CountAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, PageSize, s_keys, cancellationToken).AsPages())
        {
            count += page.Values.Count;
        }

        return count;
    }

    /// <param name="afterBatch">Called with the rows of each transaction once it is deleted (e.g. to remove their index rows).</param>
    public static async Task<int> DeleteAsync(
        TableClient table, string filter, Func<IReadOnlyList<TableEntity>, Task>? afterBatch, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(TransactionBatch.MaxActions);
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, PageSize, s_keys, cancellationToken))
        {
            if (batch.Count == TransactionBatch.MaxActions
                || (batch.Count > 0 && !string.Equals(batch[0].Entity.PartitionKey, row.PartitionKey, StringComparison.Ordinal)))
            {
                deleted += await DeleteBatchAsync(table, batch, afterBatch, cancellationToken);
                batch.Clear();
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }

        if (batch.Count > 0)
        {
            deleted += await DeleteBatchAsync(table, batch, afterBatch, cancellationToken);
        }

        return deleted;
    }

    /// <summary>Rows whose PartitionKey starts with <paramref name="escapedPrefix"/> followed by the separator <c>|</c>.</summary>
    public static string PartitionsOf(string escapedPrefix) =>
        TableClient.CreateQueryFilter($"PartitionKey ge {escapedPrefix + "|"} and PartitionKey lt {escapedPrefix + "}"}");

    public static string Partition(string partitionKey) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    private static async Task<int> DeleteBatchAsync(
        TableClient table, List<TableTransactionAction> batch, Func<IReadOnlyList<TableEntity>, Task>? afterBatch, CancellationToken cancellationToken)
    {
        int deleted;
        try
        {
            await TransactionBatch.SubmitAsync(table, batch, cancellationToken);
            deleted = batch.Count;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            // A row was deleted meanwhile (another attempt): the rest one by one (404s are no error).
            deleted = 0;
            foreach (var action in batch)
            {
                var response = await table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken);
                deleted += response.Status == (int)HttpStatusCode.NoContent ? 1 : 0;
            }
        }

        if (afterBatch is not null)
        {
            await afterBatch([.. batch.Select(a => (TableEntity)a.Entity)]);
        }

        return deleted;
    }
}
