using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Actions;

/// <summary>Row of the Actions table: PartitionKey = <c>team|week</c>, RowKey = <c>subject|kind</c>.</summary>
internal sealed class ActionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? State { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Detail { get; set; }
}
