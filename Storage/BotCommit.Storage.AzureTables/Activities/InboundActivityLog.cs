using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Batching;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Activities;

/// <summary>
/// De-duplicates inbound activities (Teams redelivers on timeouts), keyed on conversation id + activity id (ids are
/// unique per conversation only). One partition per UTC day, so old days are dropped partition by partition. A
/// redelivery that crosses UTC midnight is caught by also looking at the previous day during the first
/// <see cref="CrossMidnightWindow"/> of a day. Thread-safe.
/// </summary>
public sealed class InboundActivityLog
{
    /// <summary>How long after UTC midnight a redelivery of the previous day's activity is still recognised.</summary>
    public static readonly TimeSpan CrossMidnightWindow = TimeSpan.FromHours(1);

    /// <summary>Rows read per query page while deleting: at most one page is held in memory.</summary>
    internal const int DeletePageSize = 1_000;

    /// <summary>Longer escaped ids are stored under their SHA-256 instead (RowKeys stay far below 1 KiB).</summary>
    private const int MaxEscapedIdLength = 256;

    private const int MaxEscapedConversationLength = 400;

    private const string DayFormat = "yyyy-MM-dd";

    private readonly TableClient _table;

    public InboundActivityLog(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>
    /// Records the activity; true only the first time <paramref name="activityId"/> is seen in
    /// <paramref name="conversationId"/> (empty when the activity has none), false for a redelivery.
    /// </summary>
    public async Task<bool> TryRecordAsync(string conversationId, string activityId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        InvariantText.CheckInstant(receivedAt, nameof(receivedAt));
        var rowKey = RowKey(conversationId, activityId);
        var utc = receivedAt.ToUniversalTime();
        if (utc.TimeOfDay < CrossMidnightWindow)
        {
            var yesterday = await _table.GetEntityIfExistsAsync<ActivityEntity>(
                Day(utc.AddDays(-1)), rowKey, select: ["PartitionKey"], cancellationToken: cancellationToken);
            if (yesterday.HasValue)
            {
                return false;
            }
        }

        try
        {
            await _table.AddEntityAsync(
                new ActivityEntity { PartitionKey = Day(utc), RowKey = rowKey, ReceivedAt = utc }, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes every recorded activity of the UTC days before <paramref name="now"/>'s UTC day minus
    /// <paramref name="keepDays"/> (at least 1, so the previous day stays for the midnight check). Streams: reads keys
    /// only, one page of <see cref="DeletePageSize"/> rows at a time, and deletes them in transactions of up to 100 rows of
    /// one day as it goes, so the table is never loaded. Safe to run on several instances at once (a row another
    /// instance deleted first is skipped). Returns how many rows this call deleted.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepDays, 1);
        var cutoff = Day(now.ToUniversalTime().AddDays(-keepDays));
        var batch = new List<TableTransactionAction>(TransactionBatch.MaxActions);
        var deleted = 0;
        await foreach (var row in _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}"),
            maxPerPage: DeletePageSize,
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken))
        {
            if (batch.Count == TransactionBatch.MaxActions
                || (batch.Count > 0 && !string.Equals(batch[0].Entity.PartitionKey, row.PartitionKey, StringComparison.Ordinal)))
            {
                deleted += await DeleteAsync(batch, cancellationToken);
                batch.Clear();
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }

        if (batch.Count > 0)
        {
            deleted += await DeleteAsync(batch, cancellationToken);
        }

        return deleted;
    }

    /// <summary>The RowKey of an activity: escaped (or hashed) conversation id and activity id, joined.</summary>
    internal static string RowKey(string conversationId, string activityId) => KeyCodec.Join(
        conversationId.Length == 0 ? string.Empty : KeyCodec.EncodeOrHash(conversationId, MaxEscapedConversationLength),
        KeyCodec.EncodeOrHash(activityId, MaxEscapedIdLength));

    private async Task<int> DeleteAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        try
        {
            await TransactionBatch.SubmitAsync(_table, batch, cancellationToken);
            return batch.Count;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            // Another instance's cleanup deleted one of these rows first; delete the rest one by one (404s are no error).
            var deleted = 0;
            foreach (var action in batch)
            {
                var response = await _table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken);
                deleted += response.Status == (int)HttpStatusCode.NoContent ? 1 : 0;
            }

            return deleted;
        }
    }

    private static string Day(DateTimeOffset utc) => utc.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture);
}
