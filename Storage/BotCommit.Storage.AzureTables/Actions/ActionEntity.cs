using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Actions;

/// <summary>Row of the Actions table (delivery records): PartitionKey = <c>team|week</c>, RowKey = <c>subject|kind</c>.</summary>
internal sealed class ActionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? State { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Detail { get; set; }

    /// <summary>The subject as given (its RowKey part is hashed when very long).</summary>
    public string? Subject { get; set; }

    /// <summary>JSON of the delivery's payload (see <see cref="Serialization.PayloadDocument"/>), or null.</summary>
    public string? PayloadJson { get; set; }
}
