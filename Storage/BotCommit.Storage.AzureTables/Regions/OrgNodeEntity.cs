using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>
/// Row of the OrgTree table: PartitionKey <c>tree</c>; RowKey = escaped node id, or <c>~</c> for the tree's version row
/// (its ETag is the tree's version; every save rewrites it in the same transaction as the nodes it changes).
/// </summary>
internal sealed class OrgNodeEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary><see cref="Forecasting.Regions.NodeKind"/> by name; null on the version row.</summary>
    public string? Kind { get; set; }

    public string? Name { get; set; }

    /// <summary>The parent's node id (unescaped), or null for a root.</summary>
    public string? Parent { get; set; }

    /// <summary>JSON array of Entra object ids.</summary>
    public string? ManagersJson { get; set; }

    public string? ChannelId { get; set; }

    public string? TimeZoneId { get; set; }

    public int? FiscalYearStartMonth { get; set; }

    public string? Currency { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM": amount}</c>.</summary>
    public string? MonthTargetsJson { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM" (first month): amount}</c>.</summary>
    public string? QuarterTargetsJson { get; set; }

    /// <summary>JSON <see cref="Serialization.WeeklyTimeDocument"/>, or null for the default of the node's height.</summary>
    public string? CallDeadlineJson { get; set; }
}
