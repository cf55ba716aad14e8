using BotCommit.Forecasting.Deals;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Deals;

/// <summary>Maps a <see cref="DealForecast"/> to and from <see cref="IDealColumns"/>.</summary>
internal static class DealColumns
{
    public static void Write(DealForecast deal, int position, IDealColumns columns)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(columns);
        columns.Position = position;
        columns.Account = deal.Account;
        columns.DealName = deal.Name;
        columns.Category = deal.Category.ToString();
        columns.AmountMinor = MinorUnits.FromAmount(deal.Amount);
        columns.CloseDate = InvariantText.FromDate(deal.CloseDate);
        columns.StagePercent = deal.Stage.Percent;
        columns.ConfigurationFinal = deal.Checklist.ConfigurationFinal;
        columns.EndUserContractSigned = deal.Checklist.EndUserContractSigned;
        columns.PartnerContractSigned = deal.Checklist.PartnerContractSigned;
        columns.DiscountApproved = deal.Checklist.DiscountApproved;
        columns.PartnerReadyToOrder = deal.Checklist.PartnerReadyToOrder;
        columns.Unrealized = deal.Unrealized;
        columns.Reason = deal.Reason;
    }

    public static DealForecast Read(DealId id, IDealColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var stagePercent = columns.StagePercent ?? throw InvariantText.Corrupt(nameof(columns.StagePercent), null);
        if (!Stage.TryFrom(stagePercent, out var stage))
        {
            throw InvariantText.Corrupt(nameof(columns.StagePercent), stagePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new DealForecast(
            id,
            columns.Account ?? throw InvariantText.Corrupt(nameof(columns.Account), null),
            columns.DealName ?? throw InvariantText.Corrupt(nameof(columns.DealName), null),
            InvariantText.ToEnum<ForecastCategory>(columns.Category, nameof(columns.Category)),
            MinorUnits.ToAmount(columns.AmountMinor ?? throw InvariantText.Corrupt(nameof(columns.AmountMinor), null)),
            InvariantText.ToDate(columns.CloseDate, nameof(columns.CloseDate)),
            stage)
        {
            Checklist = new CommitChecklist(
                columns.ConfigurationFinal ?? false,
                columns.EndUserContractSigned ?? false,
                columns.PartnerContractSigned ?? false,
                columns.DiscountApproved ?? false,
                columns.PartnerReadyToOrder ?? false),
            Unrealized = columns.Unrealized ?? false,
            Reason = columns.Reason,
        };
    }

    /// <summary>Orders read lines as they were saved (by position, then id for rows without one).</summary>
    public static IReadOnlyList<DealForecast> InSavedOrder(IEnumerable<(int? Position, DealForecast Deal)> lines) =>
        lines.OrderBy(l => l.Position ?? int.MaxValue).ThenBy(l => l.Deal.Id).Select(l => l.Deal).ToList();
}
