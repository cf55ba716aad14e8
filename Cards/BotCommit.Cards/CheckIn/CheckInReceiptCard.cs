using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The card the invoke response shows in place of the check-in card: what was recorded, the rep's totals, the
/// deadline (or that it was late) and an "Edit" button that brings the editable card back.
/// </summary>
public static class CheckInReceiptCard
{
    public static AdaptiveCard Build(CheckInReceiptModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);

        var week = model.Week.ToString();
        var title = model.Kind switch
        {
            CheckInReceiptKind.Submitted => locale.Format(nameof(CardStrings.CheckInReceiptSubmittedTitle), week),
            CheckInReceiptKind.Confirmed => locale.Format(nameof(CardStrings.CheckInReceiptConfirmedTitle), week),
            CheckInReceiptKind.Away => locale.Format(nameof(CardStrings.CheckInReceiptAwayTitle), model.AwayUntil),
            CheckInReceiptKind.Skipped => locale.Format(nameof(CardStrings.CheckInReceiptSkipTitle), week),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Kind, "Unknown receipt kind."),
        };

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            model.Late
                ? new TextBlock(locale.Format(nameof(CardStrings.CheckInReceiptLate), model.Deadline)) { Color = "Attention", Spacing = "Small" }
                : new TextBlock(locale.Format(nameof(CardStrings.CheckInReceiptEditUntil), model.Deadline)) { IsSubtle = true, Spacing = "Small" },
        };

        if (model.Kind == CheckInReceiptKind.Away)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.CheckInReceiptAwayNote))));
        }

        if (model.SkipReason is { } reason)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.CheckInReceiptSkipReason), CardText.Escape(reason))));
        }

        if (model.Totals is { } totals)
        {
            body.Add(new FactSet(CheckInText.Totals(locale, totals, model.Currency)) { Separator = true });
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.CheckInReceiptDealsHeader), model.Deals.Count)) { Weight = "Bolder", Separator = true });
            body.Add(new FactSet(
            [
                .. CheckInText.Ordered(model.Deals).Select(d => new Fact(
                    CheckInText.DealTitle(locale, d),
                    CheckInText.DealSummary(locale, d, model.Currency))),
            ]));
        }

        var edit = new ExecuteAction(
            locale.Text(nameof(CardStrings.CheckInReceiptEditButton)),
            CheckInVerbs.Edit,
            CheckInActionData.Create(CheckInVerbs.Edit, model.Week, model.CardRev))
        {
            AssociatedInputs = "none",
        };
        body.Add(new ActionSet([edit]) { Separator = true });

        return new AdaptiveCard(body) { FallbackText = title };
    }
}
