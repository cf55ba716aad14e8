using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Activities;

/// <summary>Row of the Activities table: PartitionKey = UTC day <c>yyyy-MM-dd</c>, RowKey = escaped (or hashed) activity id.</summary>
internal sealed class ActivityEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }
}
