using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// The monthly card's texts: <see cref="MonthlyCardStrings"/> in the reader's language, amounts, months and instants in the
/// team's culture (<see cref="PeopleFormat"/>: <c>Dec 2026</c> / <c>2026年12月</c>).
/// </summary>
internal sealed class MonthlyText
{
    public MonthlyText(CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        Cards = locale;
        Locale = new CardLocale(MonthlyCardStrings.ResourceManager, locale.UiCulture, locale.FormatCulture)
        {
            AmountStyle = locale.AmountStyle,
            TimeZoneId = locale.TimeZoneId,
        };
    }

    /// <summary>The card strings' locale (for the check-in card's field errors).</summary>
    public CardLocale Cards { get; }

    public CardLocale Locale { get; }

    public string Text(string name) => Locale.Text(name);

    public string Format(string name, params object?[] args) => Locale.Format(name, args);

    public static DateTime AsDate(YearMonth month) => new(month.Year, month.Month, 1);

    public string Money(decimal amount, string currency) => Locale.People.Money(amount, currency);

    public string Number(decimal amount) => Locale.People.Number(amount);

    public string Hint(PipelineHint hint) => hint.Won > 0m
        ? Format(nameof(MonthlyCardStrings.MonthlyHintWon), Number(hint.Won), Number(hint.Commit), Number(hint.Upside), Number(hint.Pipeline))
        : Format(nameof(MonthlyCardStrings.MonthlyHint), Number(hint.Commit), Number(hint.Upside), Number(hint.Pipeline));

    public string Violation(MonthlyForecastViolation violation) => violation.Rule switch
    {
        MonthlyForecastRule.ForecastMissing => Format(nameof(MonthlyCardStrings.MonthlyRuleForecastMissing), AsDate(violation.Month!.Value)),
        MonthlyForecastRule.ActionPlanTooLong => Format(nameof(MonthlyCardStrings.MonthlyRuleActionPlanTooLong), MonthlyForecast.MaxActionPlanLength),
        _ => Text("MonthlyRule" + violation.Rule),
    };
}
