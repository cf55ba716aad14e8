using BotCommit.Bot.Conversations;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The schedule's way to reach people in Teams: the nudge and reminders are the rep's check-in card (prepared by the
/// schedule) in their personal chat; the escalation is a message to the manager naming the reps who are missing. The
/// person must have BotCommit installed personally: without a stored 1:1 conversation they are reported unreachable, so
/// an admin can pre-install the app. Each send carries the delivery's mark to the connector.
/// </summary>
internal sealed class TeamsRepNotifier(IConversationReferenceStore references, ProactiveMessenger messenger, ILogger<TeamsRepNotifier> logger) : IRepNotifier
{
    public Task<NotifyOutcome> SendNudgeAsync(CheckInView checkIn, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendCardAsync(checkIn, null, mark, cancellationToken);

    public Task<NotifyOutcome> SendReminderAsync(CheckInView checkIn, int reminderNumber, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var texts = TextsFor(checkIn.Team);
        var intro = texts.Format(nameof(BotStrings.ReminderIntro), checkIn.Week.ToString(), checkIn.Deadline.ToString("f", texts.FormatCulture));
        return SendCardAsync(checkIn, intro, mark, cancellationToken);
    }

    public async Task<NotifyOutcome> SendEscalationAsync(
        TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(missing);
        var reference = await references.GetForUserAsync(manager.Id.Value, cancellationToken);
        if (reference is null)
        {
            return NotifyOutcome.Unreachable("no personal chat with BotCommit (app not installed for this manager)");
        }

        var names = string.Join(", ", missing.Select(r => CardText.Escape(string.IsNullOrWhiteSpace(r.DisplayName) ? r.Id.Value : r.DisplayName)));
        var text = TextsFor(team).Format(nameof(BotStrings.EscalationText), week.ToString(), names);
        return await SendAsync(reference, [MessageFactory.Text(text)], mark, team, week, manager.Id, cancellationToken);
    }

    /// <param name="checkIn">The rep's check-in.</param>
    /// <param name="introText">A line sent before the card (reminders say why they come).</param>
    /// <param name="mark">The delivery's mark.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    private async Task<NotifyOutcome> SendCardAsync(CheckInView checkIn, string? introText, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var reference = await references.GetForUserAsync(checkIn.Rep.Id.Value, cancellationToken);
        if (reference is null)
        {
            return NotifyOutcome.Unreachable("no personal chat with BotCommit (app not installed for this person)");
        }

        if (reference.State is { } state && state != ConversationReferenceStates.Active && state != ConversationReferenceStates.NotFound)
        {
            return NotifyOutcome.Unreachable("personal chat is " + state);
        }

        var card = CheckInCards.Card(checkIn, CardLocale.For(reference.Locale, checkIn.Team.Culture));
        // A reminder's intro travels in the card's own message (text above the card): one POST, so it is sent exactly
        // as often as the card — never again because the card failed after a separate intro had arrived.
        var message = MessageFactory.Card(card.ToJson(), card.FallbackText);
        if (!string.IsNullOrWhiteSpace(introText))
        {
            message.Text = introText;
        }

        var outcome = await SendAsync(reference, [message], mark, checkIn.Team, checkIn.Week, checkIn.Rep.Id, cancellationToken);
        if (outcome.Kind == NotifyOutcomeKind.Sent)
        {
            Log.NudgeSent(logger, checkIn.Team.Id.Value, checkIn.Week.ToString(), checkIn.Rep.Id.Value);
        }

        return outcome;
    }

    private async Task<NotifyOutcome> SendAsync(
        ConversationReference reference, IReadOnlyList<Activity> messages, IDeliveryMark mark, TeamSettings team, ForecastWeek week, RepId person, CancellationToken cancellationToken)
    {
        var attempts = new MarkedAttempts(mark);
        try
        {
            foreach (var message in messages)
            {
                await messenger.SendToUserAsync(reference, message, OutboundLane.FanOut(reference.TenantId, team.Id.Value), attempts, cancellationToken);
            }

            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            return NotifyOutcome.Unreachable("personal chat is " + unreachable);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            Log.NudgeDeferred(logger, team.Id.Value, week.ToString(), person.Value, (int)exception.StatusCode);
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }

    private static UserTexts TextsFor(TeamSettings team) =>
        UserTexts.For(new Activity { Locale = team.Culture }, team.Culture);
}
