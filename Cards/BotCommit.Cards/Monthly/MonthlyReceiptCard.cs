using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.MonthlyCheckIn;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// The receipt that replaces the monthly card after a submission: when it was recorded and what it became (on time, late,
/// or a revision that leaves the month's record as it was), the 12-month totals, each month's forecast and upside, the
/// action plan, and "Edit".
/// </summary>
public static class MonthlyReceiptCard
{
    public static AdaptiveCard Build(MonthlyReceiptModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new MonthlyText(locale);
        var stored = model.Stored;
        var at = stored.SubmittedAt ?? model.Deadline;
        var status = model.Kind switch
        {
            MonthlySubmissionKind.OnTime => text.Format(nameof(MonthlyCardStrings.MonthlyReceiptOnTime), at, model.Deadline),
            MonthlySubmissionKind.Late => text.Format(nameof(MonthlyCardStrings.MonthlyReceiptLate), at, model.Deadline),
            _ => text.Format(nameof(MonthlyCardStrings.MonthlyReceiptRevision), at),
        };
        var title = text.Format(nameof(MonthlyCardStrings.MonthlyReceiptTitle), MonthlyText.AsDate(stored.Month));
        List<Fact> facts =
        [
            new(
                text.Text(nameof(MonthlyCardStrings.MonthlyReceiptTotal)),
                text.Format(nameof(MonthlyCardStrings.MonthlyReceiptTotalValue), text.Money(stored.TwelveMonthForecast, model.Currency), text.Money(stored.TwelveMonthUpside, model.Currency))),
            .. stored.Lines.Select(l => new Fact(
                text.Format(nameof(MonthlyCardStrings.MonthlyRowMonth), MonthlyText.AsDate(l.Month)),
                text.Format(nameof(MonthlyCardStrings.MonthlyReceiptLine), text.Number(l.Forecast), text.Number(l.Upside)))),
        ];
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(status) { Color = model.Kind == MonthlySubmissionKind.OnTime ? "Good" : "Warning", Spacing = "Small" },
            new FactSet(facts),
            new TextBlock(text.Text(nameof(MonthlyCardStrings.MonthlyReceiptPlan))) { Weight = "Bolder", Separator = true },
            new TextBlock(stored.ActionPlan is { } plan ? CardText.Escape(plan) : text.Text(nameof(MonthlyCardStrings.MonthlyReceiptNoPlan))) { Spacing = "None", IsSubtle = stored.ActionPlan is null },
            new ActionSet([MonthlyForecastCard.Action(text.Text(nameof(MonthlyCardStrings.MonthlyEditButton)), MonthlyForecastVerbs.Edit, stored.Month)]),
        };
        return new AdaptiveCard(body) { FallbackText = title };
    }
}
