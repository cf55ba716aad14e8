using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>
/// Row of the Calls table, write-once: PartitionKey <c>node|2026-W49</c> (the node escaped), RowKey
/// <c>ticks|submitter</c> (UTC ticks, 19 digits, so rows sort by time).
/// </summary>
internal sealed class CallSubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Submitter { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>JSON <see cref="Serialization.CallContentDocument"/>: the figures set and the deals moved, with their notes.</summary>
    public string? ContentJson { get; set; }
}
