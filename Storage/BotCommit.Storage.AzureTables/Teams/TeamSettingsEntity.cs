using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Teams;

/// <summary>Row of the Teams table: PartitionKey <c>team</c>, RowKey = escaped team id.</summary>
internal sealed class TeamSettingsEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Name { get; set; }

    public string? TimeZoneId { get; set; }

    /// <summary><see cref="Forecasting.Teams.AmountStyle"/> by name; null for rows written before it existed.</summary>
    public string? AmountStyle { get; set; }

    public int FiscalYearStartMonth { get; set; }

    public string? Currency { get; set; }

    public string? Culture { get; set; }

    /// <summary>JSON, see <see cref="Serialization.ScheduleDocument"/>.</summary>
    public string? ScheduleJson { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM": amount}</c>.</summary>
    public string? MonthTargetsJson { get; set; }

    /// <summary>JSON object <c>{"yyyy-MM" (first month): amount}</c>.</summary>
    public string? QuarterTargetsJson { get; set; }

    /// <summary>JSON object <c>{"2026-W52": "reason"}</c>.</summary>
    public string? SkippedWeeksJson { get; set; }

    /// <summary>JSON object <c>{"2026-W52": "2026-12-20T09:30:00.0000000+00:00"}</c>: when each holiday was recorded.</summary>
    public string? HolidaysRecordedAtJson { get; set; }

    /// <summary>Entra tenant id, or null (rows written before it was recorded).</summary>
    public string? TenantId { get; set; }

    /// <summary>JSON array of Entra object ids.</summary>
    public string? AdminsJson { get; set; }

    public bool Paused { get; set; }

    public DateTimeOffset? BotRemovedAt { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, or null.</summary>
    public string? ScheduleStartsOn { get; set; }

    /// <summary>The summary channel's conversation id, or null when none was chosen.</summary>
    public string? SummaryChannelId { get; set; }

    public string? SummaryChannelName { get; set; }

    /// <summary>How many reps could read the summary channel when it was chosen; null = not known.</summary>
    public int? SummaryChannelRepReaders { get; set; }

    /// <summary>
    /// The audit outbox (JSON list), written in the same row write as the change it audits; null or absent = empty.
    /// </summary>
    public string? PendingAuditJson { get; set; }

    /// <summary>"Share everything with the team" (false for rows written before the column existed).</summary>
    public bool ShareSummaryWithTeam { get; set; }

    /// <summary>N of the TOP lists; null = the default (and for rows written before it existed).</summary>
    public int? TopListSize { get; set; }

    /// <summary>Invariant decimal string (never a <c>decimal</c> property).</summary>
    public string? AmountCeiling { get; set; }

    /// <summary>The monthly forecast is off for the team (false, i.e. on, for rows written before the column existed).</summary>
    public bool MonthlyForecastOff { get; set; }
}
