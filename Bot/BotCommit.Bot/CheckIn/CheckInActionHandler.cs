using BotCommit.Bot.CardActions;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using Hangfire;
using BotCommit.Forecasting.UseCases;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The rep's card actions (<c>checkin.*</c>): submit, confirm as is, add a deal, page, edit, away, skip. The rep is the
/// authenticated sender; deal ids in the data are re-checked against that rep's own deals by the parser. Invalid input
/// comes back as the same card with the rep's entries and a message per field; nothing is half-saved.
/// </summary>
internal sealed class CheckInActionHandler(
    RepContextResolver reps,
    CheckInCards cards,
    RecordSubmission recordSubmission,
    RepAbsence absence,
    IBackgroundJobClient jobs,
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
            var rep = await reps.ResolveAsync(activity.From?.AadObjectId, cancellationToken);
            if (rep is null)
            {
                return CardActionResult.Message(texts.Text(nameof(BotStrings.CheckInNotOnRoster)));
            }

            var locale = CardLocale.For(activity.Locale, rep.Team.Culture);
            var current = await cards.CurrentDealsAsync(rep, cancellationToken);
            var parseContext = new CheckInParseContext(rep.Week, current, rep.Team.AmountCeiling, NewDealId) { NumberCulture = locale.FormatCulture };
            var parsed = CheckInSubmissionParser.Parse(WithVerb(context), parseContext);
            return parsed switch
            {
                CheckInParseResult.Submitted submitted => await SubmitAsync(rep, locale, submitted.Deals, cancellationToken),
                CheckInParseResult.NoChanges => await SubmitAsync(rep, locale, current, cancellationToken, unchanged: true),
                CheckInParseResult.Skip skip => await SkipAsync(rep, locale, current, skip.Reason, cancellationToken),
                CheckInParseResult.Away away => await AwayAsync(rep, locale, current, away.Until, cancellationToken),
                CheckInParseResult.AddDealSlot more => Card(await cards.BuildAsync(rep, locale, cancellationToken, more.Draft)),
                CheckInParseResult.ChangePage page => Card(await cards.BuildAsync(rep, locale, cancellationToken, page.Draft)),
                CheckInParseResult.Edit => Card(await cards.BuildAsync(rep, locale, cancellationToken)),
                CheckInParseResult.Invalid invalid => Card(await cards.BuildAsync(rep, locale, cancellationToken, invalid.Draft, invalid.Errors)),
                CheckInParseResult.Stale => Card(await cards.BuildAsync(rep, locale, cancellationToken), texts.Text(nameof(BotStrings.CheckInStaleCard))),
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

    private static System.Text.Json.Nodes.JsonObject WithVerb(CardActionContext context)
    {
        var data = (System.Text.Json.Nodes.JsonObject)context.Data.DeepClone();
        data[CardActionRouter.VerbKey] = context.Verb;
        return data;
    }

    private static CardActionResult Card(Cards.Elements.AdaptiveCard card, string? summary = null) =>
        CardActionResult.ReplaceCard(card.ToJson(), summary ?? card.FallbackText);

    private static DealId NewDealId() => DealId.From("d" + Guid.NewGuid().ToString("N")[..12]);

    private async Task<CardActionResult> SkipAsync(RepContext rep, CardLocale locale, IReadOnlyList<DealForecast> deals, string reason, CancellationToken cancellationToken)
    {
        var result = await absence.SkipAsync(rep, deals, reason, cancellationToken);
        return Card(CheckInReceiptCard.Build(CheckInReceiptModel.ForSkip(rep.Week, 0, reason, rep.Deadline, result.AfterDeadline), locale));
    }

    private async Task<CardActionResult> SubmitAsync(
        RepContext rep,
        CardLocale locale,
        IReadOnlyList<DealForecast> deals,
        CancellationToken cancellationToken,
        bool unchanged = false)
    {
        var submission = new Submission(rep.Team.Id, rep.Week, rep.Rep.Value.Id, deals) { RepName = rep.Rep.Value.DisplayName };
        var result = await recordSubmission.RecordAsync(rep.Team, submission, cancellationToken);
        if (result.LateChange is not null)
        {
            jobs.Enqueue<Summary.LateChangeJob>(job => job.RunAsync(rep.Team.Id.Value, rep.Week.ToString(), CancellationToken.None));
        }

        Log.CheckInRecorded(logger, rep.Team.Id.Value, rep.Week.ToString(), rep.Rep.Value.Id.Value, unchanged ? "confirmation" : "submission", result.AfterDeadline);
        var receipt = CheckInReceiptModel.ForSubmission(rep.Week, 0, deals, await cards.TotalsAsync(rep, deals, cancellationToken),
            rep.Team.Currency, rep.Deadline, result.AfterDeadline, unchanged);
        return Card(CheckInReceiptCard.Build(receipt, locale));
    }

    private async Task<CardActionResult> AwayAsync(RepContext rep, CardLocale locale, IReadOnlyList<DealForecast> deals, DateOnly until, CancellationToken cancellationToken)
    {
        var result = await absence.AwayAsync(rep, deals, until, cancellationToken);
        return Card(CheckInReceiptCard.Build(CheckInReceiptModel.ForAway(rep.Week, 0, until, rep.Deadline, result.AfterDeadline), locale));
    }
}
