using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Roster;

/// <summary>Row of the Reps table: PartitionKey = escaped team id, RowKey = escaped rep id.</summary>
internal sealed class RepEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? DisplayName { get; set; }

    public string? TimeZoneId { get; set; }

    public bool TimeZoneSetByAdmin { get; set; }

    public string? Locale { get; set; }

    public string? ManagerId { get; set; }

    public bool Active { get; set; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? AwayUntil { get; set; }

    public string? AwayReason { get; set; }

    /// <summary>When the away period was recorded (absence counts only when known by a week's deadline).</summary>
    public DateTimeOffset? AwayRecordedAt { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM": amount}</c>.</summary>
    public string? MonthTargetsJson { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM" (first month): amount}</c>.</summary>
    public string? QuarterTargetsJson { get; set; }

    public bool IsManager { get; set; }

    /// <summary>The leaving week, <c>2026-W49</c> (null: never left).</summary>
    public string? LeftWeek { get; set; }
    /// <summary>The roster entry's audit outbox (JSON list), written in the same row write as the change it audits.</summary>
    public string? PendingAuditJson { get; set; }
}
