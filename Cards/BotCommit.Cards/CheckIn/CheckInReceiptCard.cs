using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The card the invoke response shows in place of the check-in card: what was recorded, the rep's totals, the
/// deadline (or that it was late) and an "Edit" button that brings the editable card back.
/// </summary>
public static class CheckInReceiptCard
{
    /// <summary>Length account and deal names are cut to when the full list of deals would make the receipt too large.</summary>
    public const int ShortNameLength = 24;

    /// <summary>
    /// Builds the receipt. Its list of deals is bounded like any card: when it would exceed
    /// <see cref="CardSize.TargetActivityBytes"/> (up to 99 deals with 120-character names, and non-ASCII or markdown
    /// characters grow several times once escaped), names are cut to <see cref="ShortNameLength"/> characters; if that is
    /// still too large, the receipt shows the totals and the number of deals without the list.
    /// </summary>
    public static AdaptiveCard Build(CheckInReceiptModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);

        var card = Build(model, locale, listDeals: true, shortNames: false);
        if (model.Deals.Count == 0 || CardSize.Utf16Bytes(card.ToJson()) <= CardSize.TargetActivityBytes)
        {
            return card;
        }

        card = Build(model, locale, listDeals: true, shortNames: true);
        return CardSize.Utf16Bytes(card.ToJson()) <= CardSize.TargetActivityBytes ? card : Build(model, locale, listDeals: false, shortNames: false);
    }

    private static AdaptiveCard Build(CheckInReceiptModel model, CardLocale locale, bool listDeals, bool shortNames)
    {
        var week = model.Week;
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
            model.Revision
                ? new TextBlock(locale.Format(nameof(CardStrings.CheckInReceiptRevision), model.Deadline)) { Color = "Attention", Spacing = "Small", Wrap = true }
                : model.Late
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
            if (listDeals)
            {
                body.Add(new FactSet(
                [
                    .. CheckInText.Ordered(model.Deals).Select(d => new Fact(
                        CheckInText.DealTitle(locale, shortNames ? d with { Account = Shorten(d.Account), Name = Shorten(d.Name) } : d),
                        CheckInText.DealSummary(locale, d, model.Currency))),
                ]));
            }
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

    /// <summary>The first <see cref="ShortNameLength"/> characters and an ellipsis, never cutting a surrogate pair.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= ShortNameLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[ShortNameLength - 1]) ? ShortNameLength - 1 : ShortNameLength;
        return text[..cut] + "…";
    }
}
