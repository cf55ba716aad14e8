using BotCommit.Cards;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.CheckIn;

namespace BotCommit.Bot.CheckIn;

/// <summary>The check-in card and receipts for a prepared <see cref="CheckInView"/> (no storage: the use cases read).</summary>
internal static class CheckInCards
{
    public static AdaptiveCard Card(CheckInView view, CardLocale locale, CheckInDraft? draft = null, IReadOnlyList<FieldError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var model = new CheckInCardModel(view.Week, view.CardRevision, view.Deals, view.Totals, view.Team.Currency, view.Deadline)
        {
            Draft = draft ?? CheckInDraft.Empty,
            Errors = errors ?? [],
            PastDeadline = view.PastDeadline,
            Stalled = view.Stalled.ToDictionary(s => s.History.Deal.Id),
        };
        return CheckInCard.Build(model, locale);
    }

    public static AdaptiveCard Submitted(RecordSubmissionResult result, CardLocale locale, bool unchanged)
    {
        ArgumentNullException.ThrowIfNull(result);
        var receipt = result.Receipt ?? throw new ArgumentException("The result has no receipt.", nameof(result));
        return CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(receipt.Week, receipt.CardRevision, receipt.Deals, receipt.Totals, receipt.Team.Currency, receipt.Deadline, result.AfterDeadline, unchanged)
                with { Revision = result.IsRevision },
            locale);
    }

    public static AdaptiveCard Skipped(CheckInView view, string reason, RecordSubmissionResult result, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(result);
        return CheckInReceiptCard.Build(CheckInReceiptModel.ForSkip(view.Week, result.Receipt?.CardRevision ?? 0, reason, view.Deadline, result.AfterDeadline) with { Revision = result.IsRevision }, locale);
    }

    public static AdaptiveCard Away(CheckInView view, DateOnly until, RecordSubmissionResult result, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(result);
        return CheckInReceiptCard.Build(CheckInReceiptModel.ForAway(view.Week, result.Receipt?.CardRevision ?? 0, until, view.Deadline, result.AfterDeadline) with { Revision = result.IsRevision }, locale);
    }
}
