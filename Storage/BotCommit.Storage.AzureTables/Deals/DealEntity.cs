using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Deals;

/// <summary>Row of the Deals table: PartitionKey = escaped team id, RowKey = escaped rep id <c>|</c> deal id.</summary>
internal sealed class DealEntity : ITableEntity, IDealColumns
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

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
