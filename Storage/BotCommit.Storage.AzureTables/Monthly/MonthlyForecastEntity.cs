using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Monthly;

/// <summary>
/// Row of the MonthlyForecasts table, write-once: PartitionKey <c>team|2026-12</c> (a team's month is one partition),
/// RowKey <c>rep|ticks</c> (UTC ticks of the submission, 19 digits, so a rep's rows sort by time).
/// </summary>
internal sealed class MonthlyForecastEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Rep { get; set; }

    public string? RepName { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string? ActionPlan { get; set; }

    /// <summary>JSON list of the twelve months in order: <c>{ month: "2026-12", forecast, upside }</c>, decimals exact.</summary>
    public string? LinesJson { get; set; }
}
