using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Audit;

/// <summary>
/// Row of the Audit table: PartitionKey = escaped team id, RowKey = <c>invertedTicks|unique</c> so the
/// newest entry sorts first and two entries at the same instant never collide.
/// </summary>
internal sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset? At { get; set; }

    public string? Actor { get; set; }

    public string? Setting { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>The change's id when it came through the outbox (also the RowKey's unique part), else null.</summary>
    public string? ChangeId { get; set; }
}
