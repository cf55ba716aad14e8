using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>Row of the CallRecords table, write-once: PartitionKey = escaped node id, RowKey = week (<c>2026-W49</c>).</summary>
internal sealed class CallRecordEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>JSON <see cref="Serialization.CallFiguresDocument"/>.</summary>
    public string? RollUpJson { get; set; }

    /// <summary>JSON <see cref="Serialization.CallFiguresDocument"/>.</summary>
    public string? CallJson { get; set; }

    /// <summary>Who made the call of record; null = no call.</summary>
    public string? CalledBy { get; set; }

    /// <summary>Invariant decimal string.</summary>
    public string? LastWeekActual { get; set; }
}
