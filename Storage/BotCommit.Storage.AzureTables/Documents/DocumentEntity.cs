using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Documents;

/// <summary>
/// Row of the Documents table: PartitionKey = escaped (or hashed) scope, RowKey = escaped (or hashed) key; the
/// original scope and key are kept as columns because a hashed key cannot be decoded.
/// </summary>
internal sealed class DocumentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Scope { get; set; }

    public string? Key { get; set; }

    public string? Json { get; set; }
}
