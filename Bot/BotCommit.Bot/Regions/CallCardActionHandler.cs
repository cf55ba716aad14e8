using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Regions;

/// <summary>
/// The call card's Submit (<c>call.submit</c>): the six typed figures and their notes become a <see cref="CallEntry"/>
/// (a figure counts as changed only where it differs from the roll-up), checked and stored by <see cref="RecordCall"/>.
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

        var typed = new Dictionary<CallFigure, decimal>();
        var notes = new Dictionary<CallFigure, string>();
        foreach (var figure in CallFigures.All)
        {
            var raw = Text(context.Data, CallVerbs.FigureInput(figure));
            if (!string.IsNullOrWhiteSpace(raw))
            {
                if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    return CardActionResult.Message(texts.Format(nameof(BotStrings.CallFigureNotANumber), texts.Text("CallRuleFigure" + figure)));
                }

                typed[figure] = value;
            }

            if (Text(context.Data, CallVerbs.NoteInput(figure)) is { } note && note.Trim().Length > 0)
            {
                notes[figure] = note.Trim();
            }
        }

        CallOutcome outcome;
        try
        {
            outcome = await calls.RecordAsync(CallEntry.FromFigures(node, week, RepId.From(actor), view.RollUp, typed, notes, []), cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallNotSavedTryAgain)));
        }

        if (!outcome.Acceptance.Accepted)
        {
            var problems = outcome.Acceptance.Problems
                .Select(p => texts.Format("CallRule" + p.Rule, p.Figure is { } f ? texts.Text("CallRuleFigure" + f) : string.Empty))
                .Distinct();
            return CardActionResult.Message(texts.Text(nameof(BotStrings.CallNotSaved)) + "\n\n" + string.Join("\n\n", problems));
        }

        var refreshed = await calls.PrepareAsync(node, week, cancellationToken) ?? view;
        var reader = CardLocale.For(activity.Locale, null);
        var receipt = outcome.IsRevision ? texts.Text(nameof(BotStrings.CallSavedAsRevision)) : texts.Text(nameof(BotStrings.CallSaved));
        var card = CallCard.Build(refreshed, new CardLocale(reader.UiCulture, reader.FormatCulture) { TimeZoneId = refreshed.TimeZoneId }, receipt);
        return CardActionResult.ReplaceCard(card.ToJson(), receipt);
    }

    private static string? Text(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value
            ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
            : null;
}
