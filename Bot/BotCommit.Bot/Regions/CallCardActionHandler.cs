using System.Text.Json.Nodes;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Regions;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Regions;

/// <summary>
/// The call card's Submit (<c>call.submit</c>): <see cref="CallCardParser"/> reads the six figures, their notes and the
/// deal moves; they become a <see cref="CallEntry"/> (<see cref="CallEntry.FromCard"/>: a figure counts as changed only
/// where it differs from what the card showed), checked and stored by <see cref="RecordCall"/>.
/// The submitter is the activity's authenticated sender; the rules decide whether they are a manager of the node. The
/// answer is the card again with the receipt, or the broken rules in words (nothing stored, nothing typed lost).
/// </summary>
internal sealed class CallCardActionHandler(RecordCall calls) : ICardActionHandler
{
    public string VerbPrefix => CallVerbs.Prefix;

    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        var texts = UserTexts.For(activity);
        var actor = activity.From?.AadObjectId;
        var nodeText = Text(context.Data, CallVerbs.NodeKey);
        if (string.IsNullOrWhiteSpace(actor) || actor.Length > RepId.MaxLength
            || nodeText is not { Length: > 0 and <= NodeId.MaxLength }
            || !ForecastWeek.TryParse(Text(context.Data, CallVerbs.WeekKey), out var week))
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallCardGone)));
        }

        var node = NodeId.From(nodeText);
        var view = await calls.PrepareAsync(node, week, cancellationToken);
        if (view is null)
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallCardGone)));
        }

        var input = CallCardParser.Parse(context.Data, view);
        if (!input.Succeeded)
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallNotSaved)) + "\n\n" + string.Join("\n\n", input.Errors.Select(e => Words(texts, e)).Distinct()));
        }

        CallOutcome outcome;
        try
        {
            outcome = await calls.RecordAsync(CallEntry.FromCard(view, RepId.From(actor), input.Figures, input.Notes, input.Moves), cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallNotSavedTryAgain)));
        }

        if (!outcome.Acceptance.Accepted)
        {
            var problems = outcome.Acceptance.Problems
                .Select(p => Words(texts, view, p))
                .Distinct();
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallNotSaved)) + "\n\n" + string.Join("\n\n", problems));
        }

        var refreshed = await calls.PrepareAsync(node, week, cancellationToken) ?? view;
        var reader = CardLocale.For(activity.Locale, null);
        var receipt = outcome.IsRevision ? texts.Text(nameof(BotStrings.CallSavedAsRevision)) : texts.Text(nameof(BotStrings.CallSaved));
        var moved = outcome.Acceptance.Call?.Moves ?? [];
        if (moved.Count > 0)
        {
            receipt += " " + texts.Format(nameof(BotStrings.CallSavedMoves), string.Join("; ", moved.Select(m => texts.Format(
                nameof(BotStrings.CallSavedMove), DealName(view, m.Deal), texts.Text("CallCategory" + m.To)))));
        }
        var card = CallCard.Build(refreshed, new CardLocale(reader.UiCulture, reader.FormatCulture) { TimeZoneId = refreshed.TimeZoneId }, receipt);
        return CardActionResult.ReplaceCard(card.ToJson(), receipt);
    }

    private static string? Text(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value
            ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
            : null;

    /// <summary>"Acme · Renewal (u-7)": the deal as the manager saw it on the card, or its id alone.</summary>
    private static string DealName(CallCardView view, DealId deal) =>
        view.Deals.FirstOrDefault(d => d.Deal.Id == deal)?.Deal is { } found
            ? $"{CardText.Escape(found.Account)} · {CardText.Escape(found.Name)} ({deal.Value})"
            : deal.Value;

    /// <summary>A broken rule in words: about a figure, a moved deal (named as on the card), or the call.</summary>
    private static string Words(UserTexts texts, CallCardView view, CallProblem problem) => problem switch
    {
        { Figure: { } figure } => texts.Format("CallRule" + problem.Rule, texts.Text("CallRuleFigure" + figure)),
        { Deal: { } deal, Rule: CallRule.NoteRequired } => texts.Format(nameof(BotStrings.CallMoveNoteRequired), DealName(view, deal)),
        { Deal: { } deal, Rule: CallRule.NoteTooLong } => texts.Format(nameof(BotStrings.CallRuleNoteTooLong), DealName(view, deal)),
        { Deal: { } deal } => texts.Format(nameof(BotStrings.CallMoveProblem), DealName(view, deal), texts.Text("CallRule" + problem.Rule)),
        _ => texts.Format("CallRule" + problem.Rule, string.Empty),
    };

    private static string Words(UserTexts texts, CallCardError error) => error.Kind switch
    {
        CallCardErrorKind.FigureNotANumber when error.Figure is { } figure => texts.Format(nameof(BotStrings.CallFigureNotANumber), texts.Text("CallRuleFigure" + figure)),
        CallCardErrorKind.NotACategory => texts.Format(nameof(BotStrings.CallMoveNotACategory), CardText.Escape(error.Deal)),
        CallCardErrorKind.NoCategory => texts.Format(nameof(BotStrings.CallMoveNoCategory), CardText.Escape(error.Deal)),
        CallCardErrorKind.UnknownDeal => texts.Format(nameof(BotStrings.CallMoveUnknownDeal), CardText.Escape(error.Deal)),
        CallCardErrorKind.AmbiguousDeal => texts.Format(nameof(BotStrings.CallMoveAmbiguousDeal), CardText.Escape(error.Deal)),
        _ => texts.Text(nameof(BotStrings.CallRuleUnknown)),
    };
}
