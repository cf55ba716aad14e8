namespace BotCommit.Forecasting.Deals;

/// <summary>The five-item commit reliability checklist; a solid commit has all five.</summary>
public readonly record struct CommitChecklist(
    bool ConfigurationFinal,
    bool EndUserContractSigned,
    bool PartnerContractSigned,
    bool DiscountApproved,
    bool PartnerReadyToOrder)
{
    /// <summary>No item ticked.</summary>
    public static CommitChecklist None => default;

    /// <summary>All five items ticked.</summary>
    public static CommitChecklist All => new(true, true, true, true, true);

    public bool IsComplete =>
        ConfigurationFinal && EndUserContractSigned && PartnerContractSigned && DiscountApproved && PartnerReadyToOrder;
}
