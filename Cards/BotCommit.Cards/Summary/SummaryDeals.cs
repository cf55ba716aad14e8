using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Summary;

/// <summary>
/// Which deals the summary names, by the same rules as the figures they explain (domain.md): soft commits are this
/// week's Commit deals (close date M..M+6) that are not solid (stage below 90 % or a checklist gap) — the deals behind a
/// commit quality below 100 %; hidden commits are Upside deals at stage >= 90 % closing from M to the month's end —
/// the deals behind the hidden-commit figure. Largest amount first, then account, name and id.
/// </summary>
internal static class SummaryDeals
{
    public static IReadOnlyList<RepDeal> SoftCommits(IEnumerable<RepSummary> reps, Func<RepSummary, IReadOnlyList<DealForecast>> deals, ReviewPeriod period) =>
        Select(reps, deals, d => d.IsSoftCommit && d.ClosesWithin(period.Monday, period.Sunday));

    public static IReadOnlyList<RepDeal> HiddenCommits(IEnumerable<RepSummary> reps, Func<RepSummary, IReadOnlyList<DealForecast>> deals, ReviewPeriod period) =>
        Select(reps, deals, d => d.IsHiddenCommit && d.ClosesWithin(period.Monday, period.Month.Last));

    /// <summary>How many of the five checklist items are ticked.</summary>
    public static int ChecklistCount(CommitChecklist checklist) =>
        (checklist.ConfigurationFinal ? 1 : 0)
        + (checklist.EndUserContractSigned ? 1 : 0)
        + (checklist.PartnerContractSigned ? 1 : 0)
        + (checklist.DiscountApproved ? 1 : 0)
        + (checklist.PartnerReadyToOrder ? 1 : 0);

    private static List<RepDeal> Select(
        IEnumerable<RepSummary> reps, Func<RepSummary, IReadOnlyList<DealForecast>> deals, Func<DealForecast, bool> predicate) =>
        [.. reps
            .SelectMany(rep => deals(rep).Where(predicate).Select(deal => new RepDeal(rep, deal)))
            .OrderByDescending(x => x.Deal.Amount)
            .ThenBy(x => x.Deal.Account, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Deal.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Deal.Id)
            .ThenBy(x => x.Rep.Rep.Value, StringComparer.Ordinal)];
}
