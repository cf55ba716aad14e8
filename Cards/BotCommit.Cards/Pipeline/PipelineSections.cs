using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Cards.Pipeline;

/// <summary>
/// The TOP lists and the stalled deals as card elements, for the monthly review and the weekly thread's reply: one
/// heading and one FactSet per list ("**Account** · Deal" — "Alex · 1,200,000 · 90 % · closes 2026-12-18 · 3 weeks in
/// the list"), then the stalled deals, longest in stage first, capped at <paramref name="maxStalled"/>.
/// </summary>
internal static class PipelineSections
{
    public static readonly TopListKind[] ListOrder = [TopListKind.BookedThisMonth, TopListKind.Closing, TopListKind.BestFew];

    /// <param name="locale">The reader's language.</param>
    /// <param name="lists">The TOP lists.</param>
    /// <param name="size">N, as the heading says it.</param>
    /// <param name="shown">At most this many deals of each list are shown (a card at Teams' size limit), the rest counted.</param>
    public static IEnumerable<CardElement> TopLists(CardLocale locale, TopLists lists, int size, int shown = int.MaxValue)
    {
        foreach (var kind in ListOrder)
        {
            yield return Heading(locale.Format(nameof(CardStrings.TopListHeader), size, PipelineText.ListName(locale, kind)));
            var deals = lists[kind];
            if (deals.Count == 0)
            {
                yield return new TextBlock(locale.Text(nameof(CardStrings.TopListEmpty))) { IsSubtle = true, Spacing = "Small" };
                continue;
            }

            if (shown > 0)
            {
                yield return new FactSet([.. deals.Take(shown).Select(d => TopDealFact(locale, d))]);
            }

            if (deals.Count > shown)
            {
                yield return new TextBlock(locale.Format(nameof(CardStrings.TopListMore), deals.Count - Math.Max(shown, 0))) { IsSubtle = true, Spacing = "Small" };
            }
        }
    }

    public static IEnumerable<CardElement> Stalled(CardLocale locale, IReadOnlyList<StalledDeal> stalled, int maxStalled)
    {
        yield return Heading(locale.Format(nameof(CardStrings.StalledHeader), stalled.Count));
        if (stalled.Count == 0)
        {
            yield return new TextBlock(locale.Text(nameof(CardStrings.StalledNone))) { IsSubtle = true, Spacing = "Small" };
            yield break;
        }

        var shown = stalled.Take(maxStalled).ToList();
        yield return new FactSet([.. shown.Select(s => StalledFact(locale, s))]);
        if (stalled.Count > shown.Count)
        {
            yield return new TextBlock(locale.Format(nameof(CardStrings.StalledMore), shown.Count, stalled.Count)) { IsSubtle = true, Spacing = "Small" };
        }
    }

    private static Fact TopDealFact(CardLocale locale, TopDeal deal) => new(
        locale.Format(
            nameof(CardStrings.CheckInDealTitle),
            SummaryDisplay.Short(deal.Account, SummaryDisplay.MaxDealTextLength),
            SummaryDisplay.Short(deal.Name, SummaryDisplay.MaxDealTextLength)),
        locale.Format(
            nameof(CardStrings.TopDealValue),
            SummaryDisplay.Short(deal.RepName, SummaryDisplay.MaxNameLength),
            SummaryDisplay.Amount(locale, deal.Amount),
            SummaryDisplay.Stage(locale, deal.Stage),
            SummaryDisplay.Date(locale, deal.CloseDate),
            PipelineText.WeeksInList(locale, deal.WeeksInList)));

    private static Fact StalledFact(CardLocale locale, StalledDeal stalled)
    {
        var deal = stalled.History.Deal;
        return new Fact(
            SummaryDisplay.DealTitle(locale, deal),
            locale.Format(
                nameof(CardStrings.StalledDealValue),
                SummaryDisplay.Short(stalled.History.RepName, SummaryDisplay.MaxNameLength),
                SummaryDisplay.Amount(locale, deal.Amount),
                PipelineText.StallReasons(locale, stalled)));
    }

    private static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Separator = true };
}
