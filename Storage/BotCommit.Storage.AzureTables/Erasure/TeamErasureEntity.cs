using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Erasure;

/// <summary>
/// An erasure record in the Audit table, partition <see cref="TableTeamDataStore.ErasurePartition"/> (which no escaped
/// team id can equal), RowKey <c>invertedTicks|invertedStage|guid</c> (newest first).
/// </summary>
internal sealed class TeamErasureEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? TenantId { get; set; }

    public string? Actor { get; set; }

    public DateTimeOffset? At { get; set; }

    public string? Stage { get; set; }

    public int Settings { get; set; }

    public int Roster { get; set; }

    public int Deals { get; set; }

    public int Submissions { get; set; }

    public int Revisions { get; set; }

    public int Deliveries { get; set; }

    public int Audit { get; set; }

    public int Conversations { get; set; }
}
