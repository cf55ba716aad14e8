using System.Globalization;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// Input ids of the check-in card and the text a stored deal shows in each. Ids carry the deal id
/// (<c>deal-{dealId}-amount</c>) so a payload is self-describing; new-deal slots are <c>new-{n}-amount</c>.
/// Deal ids never contain characters that need escaping, and fields never contain '-', so ids cannot collide.
/// </summary>
internal static class CheckInInputs
{
    public const string Category = "category";
    public const string Amount = "amount";
    public const string Close = "close";
    public const string Stage = "stage";
    public const string ConfigurationFinal = "cfg";
    public const string EndUserContract = "euc";
    public const string PartnerContract = "ptc";
    public const string DiscountApproved = "disc";
    public const string PartnerReady = "ready";
    public const string Unrealized = "unreal";
    public const string Reason = "reason";
    public const string Account = "account";
    public const string Name = "name";

    public const string AwayUntil = "away-until";
    public const string SkipReason = "skip-reason";
    public const string AwayContainer = "away";

    public const string DealPrefix = "deal-";
    public const string NewDealPrefix = "new-";

    /// <summary>Fields of an existing deal the rep can change.</summary>
    public static IReadOnlyList<string> DealFields { get; } =
        [Category, Amount, Close, Stage, ConfigurationFinal, EndUserContract, PartnerContract, DiscountApproved, PartnerReady, Unrealized, Reason];

    /// <summary>Fields of a new deal.</summary>
    public static IReadOnlyList<string> NewDealFields { get; } = [Account, Name, .. DealFields];

    /// <summary>The five checklist toggles, in the domain's order.</summary>
    public static IReadOnlyList<string> ChecklistFields { get; } =
        [ConfigurationFinal, EndUserContract, PartnerContract, DiscountApproved, PartnerReady];

    /// <summary>Fields whose text makes a new-deal slot "filled" (choices and toggles may have client defaults).</summary>
    public static IReadOnlyList<string> NewDealTextFields { get; } = [Account, Name, Amount, Close, Reason];

    public static string Deal(DealId id, string field) => DealPrefix + id.Value + "-" + field;

    public static string NewDeal(int slot, string field) => NewDealPrefix + slot.ToString(CultureInfo.InvariantCulture) + "-" + field;

    public static string EditContainer(DealId id) => "edit-" + id.Value;

    public static string NewDealContainer(int slot) => NewDealPrefix + slot.ToString(CultureInfo.InvariantCulture);

    public static string Error(string inputId) => inputId + "-error";

    public static bool IsToggle(string field) => field is Unrealized || ChecklistFields.Contains(field);

    /// <summary>The value the card shows for <paramref name="field"/> of a stored deal (invariant wire form).</summary>
    public static string StoredValue(DealForecast deal, string field) => field switch
    {
        Category => deal.Category.ToString(),
        Amount => FormatAmount(deal.Amount),
        Close => DateInput.Format(deal.CloseDate),
        Stage => deal.Stage.Percent.ToString(CultureInfo.InvariantCulture),
        ConfigurationFinal => Bool(deal.Checklist.ConfigurationFinal),
        EndUserContract => Bool(deal.Checklist.EndUserContractSigned),
        PartnerContract => Bool(deal.Checklist.PartnerContractSigned),
        DiscountApproved => Bool(deal.Checklist.DiscountApproved),
        PartnerReady => Bool(deal.Checklist.PartnerReadyToOrder),
        Unrealized => Bool(deal.Unrealized),
        Reason => deal.Reason ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a deal field."),
    };

    /// <summary>True when the draft holds a value for the input that differs from what the card showed.</summary>
    public static bool Differs(CheckInDraft draft, string inputId, string shown) =>
        draft.Get(inputId) is { } value && !string.Equals(value.Trim(), shown, StringComparison.Ordinal);

    /// <summary>True when a stored deal has any changed value in the draft.</summary>
    public static bool IsChanged(CheckInDraft draft, DealForecast deal) =>
        DealFields.Any(field => Differs(draft, Deal(deal.Id, field), StoredValue(deal, field)));

    /// <summary>True when a new-deal slot has any text typed in.</summary>
    public static bool IsFilled(CheckInDraft draft, int slot) =>
        NewDealTextFields.Any(field => !string.IsNullOrWhiteSpace(draft.Get(NewDeal(slot, field))));

    private static string FormatAmount(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
