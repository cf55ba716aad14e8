using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Batching;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Activities;

/// <summary>
/// De-duplicates inbound activities (Teams redelivers on timeouts). One partition per UTC day, so old days are
/// dropped partition by partition. A redelivery that crosses UTC midnight is caught by also looking at the
/// previous day during the first <see cref="CrossMidnightWindow"/> of a day. Thread-safe.
/// </summary>
public sealed class InboundActivityLog
{
    /// <summary>How long after UTC midnight a redelivery of the previous day's activity is still recognised.</summary>
    public static readonly TimeSpan CrossMidnightWindow = TimeSpan.FromHours(1);

    /// <summary>Longer escaped ids are stored under their SHA-256 instead (RowKeys stay far below 1 KiB).</summary>
    private const int MaxEscapedIdLength = 256;

    private const string DayFormat = "yyyy-MM-dd";

    private readonly TableClient _table;

    public InboundActivityLog(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>Records the activity id; true only the first time the id is seen (false for a redelivery).</summary>
    public async Task<bool> TryRecordAsync(string activityId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        InvariantText.CheckInstant(receivedAt, nameof(receivedAt));
        var rowKey = KeyCodec.EncodeOrHash(activityId, MaxEscapedIdLength);
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
    /// Deletes every recorded id of the UTC days before <paramref name="now"/>'s UTC day minus
    /// <paramref name="keepDays"/> (at least 1, so the previous day stays for the midnight check). Returns how many rows were deleted.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepDays, 1);
        var cutoff = Day(now.ToUniversalTime().AddDays(-keepDays));
        var byDay = new Dictionary<string, List<TableTransactionAction>>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<ActivityEntity>(
            TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!byDay.TryGetValue(row.PartitionKey, out var deletes))
            {
                byDay[row.PartitionKey] = deletes = [];
            }

            deletes.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }

        var deleted = 0;
        foreach (var deletes in byDay.Values)
        {
            await TransactionBatch.SubmitInChunksAsync(_table, deletes, cancellationToken);
            deleted += deletes.Count;
        }

        return deleted;
    }

    private static string Day(DateTimeOffset utc) => utc.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture);
}
