using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.Summary;

/// <summary>The FactSet rows of the deal lists, shared by the summary card and the rep replies.</summary>
internal static class SummaryFacts
{
    /// <summary>"**Account** · Deal" — "Alex · 80,000 · 70 % · checklist 3/5 · reason: …".</summary>
    public static Fact SoftCommit(CardLocale locale, DealForecast deal, string? repName)
    {
        var reason = deal.Reason is { Length: > 0 } text
            ? locale.Format(nameof(CardStrings.SummaryReason), SummaryDisplay.Short(text, SummaryDisplay.MaxReasonLength))
            : locale.Text(nameof(CardStrings.SummaryNoReason));
        var value = locale.Format(
            nameof(CardStrings.SummarySoftValue),
            SummaryDisplay.Amount(locale, deal.Amount),
            SummaryDisplay.Stage(locale, deal.Stage),
            SummaryDeals.ChecklistCount(deal.Checklist),
            reason);
        return new Fact(SummaryDisplay.DealTitle(locale, deal), WithRep(locale, repName, value));
    }

    /// <summary>"**Account** · Deal" — "Alex · 60,000 · 90 % · closes 12/18/2026".</summary>
    public static Fact HiddenCommit(CardLocale locale, DealForecast deal, string? repName)
    {
        var value = locale.Format(
            nameof(CardStrings.SummaryHiddenValue),
            SummaryDisplay.Amount(locale, deal.Amount),
            SummaryDisplay.Stage(locale, deal.Stage),
            SummaryDisplay.Date(locale, deal.CloseDate));
        return new Fact(SummaryDisplay.DealTitle(locale, deal), WithRep(locale, repName, value));
    }

    private static string WithRep(CardLocale locale, string? repName, string value) =>
        repName is null ? value : locale.Format(nameof(CardStrings.SummaryRepAndText), repName, value);
}
