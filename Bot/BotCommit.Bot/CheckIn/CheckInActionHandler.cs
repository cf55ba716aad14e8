using System.Text.Json.Nodes;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The rep's card actions (<c>checkin.*</c>): submit, confirm as is, add a deal, page, edit, away, skip. The rep is the
/// authenticated sender; their check-in is prepared once (<see cref="PrepareCheckIn"/>) and the parser checks the card's
/// deal ids against it. Invalid input comes back as the same card with the rep's entries and a message per field;
/// nothing is half-saved.
/// </summary>
internal sealed class CheckInActionHandler(
    PrepareCheckIn prepare,
    RecordSubmission recordSubmission,
    RecordAbsence absence,
    ILogger<CheckInActionHandler> logger) : ICardActionHandler
{
    public string VerbPrefix => CheckInVerbs.Prefix;

    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        var texts = UserTexts.For(activity);
        try
        {
            var view = activity.From?.AadObjectId is { Length: > 0 and <= RepId.MaxLength } sender && !string.IsNullOrWhiteSpace(sender)
                ? await prepare.ForSenderAsync(RepId.From(sender), RepClients.Of(activity), cancellationToken)
                : null;
            if (view is null)
            {
                return CardActionResult.Message(texts.Text(nameof(BotStrings.CheckInNotOnRoster)));
            }

            var locale = CardLocale.ForReader(activity.Locale, view.Team);
            texts = UserTexts.For(activity.Locale, view.Team);
            var parseContext = new CheckInParseContext(view.Week, view.Deals, view.Team.AmountCeiling, NewDealId)
            {
                NumberCulture = locale.FormatCulture,
                CardRev = view.CardRevision,
            };
            var parsed = CheckInSubmissionParser.Parse(WithVerb(context), parseContext);
            return parsed switch
            {
                CheckInParseResult.Submitted submitted => await SubmitAsync(view, locale, submitted.Deals, unchanged: false, cancellationToken),
                CheckInParseResult.NoChanges => await SubmitAsync(view, locale, view.Deals, unchanged: true, cancellationToken),
                CheckInParseResult.Skip skip => Card(CheckInCards.Skipped(view, skip.Reason, await absence.SkipAsync(view, skip.Reason, cancellationToken), locale)),
                CheckInParseResult.Away away => Card(CheckInCards.Away(view, away.Until, await absence.AwayAsync(view, away.Until, cancellationToken), locale)),
                CheckInParseResult.AddDealSlot more => Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale, more.Draft)),
                CheckInParseResult.ChangePage page => Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale, page.Draft)),
                CheckInParseResult.Edit => Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale)),
                CheckInParseResult.Invalid invalid => Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale, invalid.Draft, invalid.Errors)),
                CheckInParseResult.Stale { Reason: StaleReason.Superseded } stale =>
                    CheckInSubmissionParser.Parse(WithVerb(context), parseContext with { CardRev = null }) is CheckInParseResult.Submitted same
                        && same.Deals.SequenceEqual(view.Deals)
                        ? await SubmitAsync(view, locale, view.Deals, unchanged: true, cancellationToken) // the same card pressed twice
                        : Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale, stale.Draft), texts.Text(nameof(BotStrings.CheckInOutOfDateCard))),
                CheckInParseResult.Stale => Card(CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), locale), texts.Text(nameof(BotStrings.CheckInStaleCard))),
                _ => CardActionResult.Message(texts.Text(nameof(BotStrings.CardActionNotSupported))),
            };
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException || StorageFailures.IsUnavailable(exception, cancellationToken))
        {
            // Storage is down or contended, at any step (finding the rep, reading the card's deals, saving): the snapshot
            // is one batch, so it is whole or absent. Say so; the client keeps the card with the rep's entries.
            Log.CheckInNotSaved(logger, exception, activity.Id);
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CheckInSaveFailed)));
        }
    }

    private static JsonObject WithVerb(CardActionContext context)
    {
        var data = (JsonObject)context.Data.DeepClone();
        data[CardActionRouter.VerbKey] = context.Verb;
        return data;
    }

    private static CardActionResult Card(AdaptiveCard card, string? summary = null) =>
        CardActionResult.ReplaceCard(card.ToJson(), summary ?? card.FallbackText);

    private static DealId NewDealId() => DealId.From("d" + Guid.NewGuid().ToString("N")[..12]);

    private async Task<CardActionResult> SubmitAsync(
        CheckInView view, CardLocale locale, IReadOnlyList<DealForecast> deals, bool unchanged, CancellationToken cancellationToken)
    {
        var submission = new Submission(view.Team.Id, view.Week, view.Rep.Id, deals) { RepName = view.Rep.DisplayName };
        var result = await recordSubmission.RecordAsync(view, submission, cancellationToken);
        Log.CheckInRecorded(logger, view.Team.Id.Value, view.Week.ToString(), view.Rep.Id.Value, unchanged ? "confirmation" : "submission", result.AfterDeadline);
        return Card(CheckInCards.Submitted(result, locale, unchanged));
    }
}
