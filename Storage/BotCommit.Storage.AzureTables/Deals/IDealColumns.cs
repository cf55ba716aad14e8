namespace BotCommit.Storage.AzureTables.Deals;

/// <summary>
/// The columns of one deal, shared by the Deals table (current pipeline) and the Submissions table (weekly
/// lines). Money is <c>long</c> minor units, the close date <c>yyyy-MM-dd</c>, the category by name.
/// </summary>
internal interface IDealColumns
{
    /// <summary>The deal's place in the rep's list (0-based), so reads return the order that was saved.</summary>
    int? Position { get; set; }

    string? Account { get; set; }

    string? DealName { get; set; }

    string? Category { get; set; }

    long? AmountMinor { get; set; }

    string? CloseDate { get; set; }

    int? StagePercent { get; set; }

    bool? ConfigurationFinal { get; set; }

    bool? EndUserContractSigned { get; set; }

    bool? PartnerContractSigned { get; set; }

    bool? DiscountApproved { get; set; }

    bool? PartnerReadyToOrder { get; set; }

    bool? Unrealized { get; set; }

    string? Reason { get; set; }
}
