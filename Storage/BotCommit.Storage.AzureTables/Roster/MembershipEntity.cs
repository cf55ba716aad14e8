using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Roster;

/// <summary>
/// Row of the RepMemberships index: PartitionKey = escaped rep id, RowKey = escaped team id. Finds every team
/// of a person with one partition read instead of scanning the Reps table.
/// </summary>
internal sealed class MembershipEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
