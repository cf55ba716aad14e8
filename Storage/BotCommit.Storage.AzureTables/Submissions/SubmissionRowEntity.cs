using Azure;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Deals;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// Row of the Submissions table: PartitionKey = <c>team|week</c>; RowKey = <c>rep|~</c> for the header (status,
/// time, generation) or <c>rep|generation|deal</c> for a line (the deal columns). One class for both kinds so a
/// week is read in one query; the RowKey says which columns are set.
/// </summary>
internal sealed class SubmissionRowEntity : ITableEntity, IDealColumns
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    // Header columns.
    public string? Status { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public bool? Late { get; set; }

    /// <summary>After this instant the snapshot is the week's record and cannot be replaced (see <c>Submission.SealedAfter</c>).</summary>
    public DateTimeOffset? SealedAfter { get; set; }

    public string? SkipReason { get; set; }

    public string? RepName { get; set; }

    /// <summary>Which line generation is current (see <see cref="TableSubmissionStore"/>).</summary>
    public int? Generation { get; set; }

    /// <summary>How many lines the current generation has; checked on read.</summary>
    public int? DealCount { get; set; }

    // Line columns.
    public int? Position { get; set; }

    public string? Account { get; set; }

    public string? DealName { get; set; }

    public string? Category { get; set; }

    public long? AmountMinor { get; set; }

    public string? CloseDate { get; set; }

    public int? StagePercent { get; set; }

    public bool? ConfigurationFinal { get; set; }

    public bool? EndUserContractSigned { get; set; }

    public bool? PartnerContractSigned { get; set; }

    public bool? DiscountApproved { get; set; }

    public bool? PartnerReadyToOrder { get; set; }

    public bool? Unrealized { get; set; }

    public string? Reason { get; set; }
}
