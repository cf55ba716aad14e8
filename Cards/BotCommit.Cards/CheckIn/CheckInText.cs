using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.CheckIn;

/// <summary>Display texts shared by the check-in and receipt cards: amounts and dates in the team's culture.</summary>
internal static class CheckInText
{
    public static string Money(CardLocale locale, decimal amount, string currency) => locale.People.Money(amount, currency);

    public static string Date(CardLocale locale, DateOnly date) => locale.People.Date(date);

    public static string Category(CardLocale locale, ForecastCategory category) => category switch
    {
        ForecastCategory.Commit => locale.Text(nameof(CardStrings.CheckInCategoryCommit)),
        ForecastCategory.Upside => locale.Text(nameof(CardStrings.CheckInCategoryUpside)),
        ForecastCategory.Pipeline => locale.Text(nameof(CardStrings.CheckInCategoryPipeline)),
        ForecastCategory.Won => locale.Text(nameof(CardStrings.CheckInCategoryWon)),
        ForecastCategory.Lost => locale.Text(nameof(CardStrings.CheckInCategoryLost)),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a forecast category."),
    };

    public static string Stage(CardLocale locale, Stage stage) => locale.Format(nameof(CardStrings.CheckInStage), stage.Percent);

    /// <summary>"**Account** · Name", both escaped.</summary>
    public static string DealTitle(CardLocale locale, DealForecast deal) =>
        locale.Format(nameof(CardStrings.CheckInDealTitle), CardText.Escape(deal.Account), CardText.Escape(deal.Name));

    /// <summary>
    /// <see cref="DealTitle"/> with account and name cut to <paramref name="maxPart"/> characters each: for naming deals in
    /// a sentence, where two full 120-character names (worse in Chinese, each character escaped to six on the wire) would
    /// cost more than the deal's own editor.
    /// </summary>
    public static string ShortDealTitle(CardLocale locale, DealForecast deal, int maxPart) =>
        locale.Format(nameof(CardStrings.CheckInDealTitle), Summary.SummaryDisplay.Short(deal.Account, maxPart), Summary.SummaryDisplay.Short(deal.Name, maxPart));

    /// <summary>"Commit · 125,000 USD · 12/4/2026 · 90 %".</summary>
    public static string DealSummary(CardLocale locale, DealForecast deal, string currency) =>
        locale.Format(
            nameof(CardStrings.CheckInDealSummary),
            Category(locale, deal.Category),
            Money(locale, deal.Amount, currency),
            Date(locale, deal.CloseDate),
            Stage(locale, deal.Stage));

    public static IReadOnlyList<Fact> Totals(CardLocale locale, RepTotals totals, string currency)
    {
        string M(decimal amount) => Money(locale, amount, currency);
        return
        [
            new Fact(
                locale.Text(nameof(CardStrings.CheckInTotalsWeek)),
                locale.Format(nameof(CardStrings.CheckInTotalsWeekValue), M(totals.WeekCommit), M(totals.WeekUpside))),
            new Fact(
                locale.Text(nameof(CardStrings.CheckInTotalsMonth)),
                locale.Format(nameof(CardStrings.CheckInTotalsPeriodValue), M(totals.MonthWon), M(totals.MonthForecast), M(totals.MonthUpside))),
            new Fact(
                locale.Text(nameof(CardStrings.CheckInTotalsQuarter)),
                locale.Format(nameof(CardStrings.CheckInTotalsPeriodValue), M(totals.QuarterWon), M(totals.QuarterForecast), M(totals.QuarterUpside))),
        ];
    }

    /// <summary>Deals in reading order: Commit, Upside, Pipeline, Won, Lost; then by close date, account, name.</summary>
    public static IReadOnlyList<DealForecast> Ordered(IEnumerable<DealForecast> deals) =>
        [.. deals
            .OrderBy(d => d.Category)
            .ThenBy(d => d.CloseDate)
            .ThenBy(d => d.Account, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Id)];
}
