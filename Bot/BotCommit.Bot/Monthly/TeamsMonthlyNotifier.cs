using BotCommit.Bot.Conversations;
using BotCommit.Bot.Resources;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Monthly;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Monthly;

/// <summary>
/// The monthly forecast's personal messages in Teams (<see cref="IMonthlyNotifier"/>): the card as its own message, with a
/// line above it saying what it is ("Second card: your monthly forecast for …") so it is never mistaken for the weekly
/// card that came before it; the reminder likewise; the escalation as a message to the manager. As the weekly notifier:
/// one POST per message, the delivery's mark passed to the connector, Teams' answers turned into outcomes.
/// </summary>
internal sealed class TeamsMonthlyNotifier(IConversationReferenceStore references, ProactiveMessenger messenger, ILogger<TeamsMonthlyNotifier> logger) : IMonthlyNotifier
{
    public Task<NotifyOutcome> SendMonthlyNudgeAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendCardAsync(card, nameof(MonthlyBotStrings.MonthlyNudgeIntro), mark, cancellationToken);

    public Task<NotifyOutcome> SendMonthlyReminderAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendCardAsync(card, nameof(MonthlyBotStrings.MonthlyReminderIntro), mark, cancellationToken);

    public async Task<NotifyOutcome> SendMonthlyEscalationAsync(
        TeamSettings team, Rep manager, YearMonth month, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken)
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
        var text = MonthlyTexts.For(manager.Locale, team).Format(nameof(MonthlyBotStrings.MonthlyEscalationText), MonthlyTexts.AsDate(month), names);
        return await SendAsync(reference, MessageFactory.Text(text), mark, team, cancellationToken);
    }

    private async Task<NotifyOutcome> SendCardAsync(MonthlyCheckInView view, string introName, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var reference = await references.GetForUserAsync(view.Rep.Id.Value, cancellationToken);
        if (reference is null)
        {
            return NotifyOutcome.Unreachable("no personal chat with BotCommit (app not installed for this person)");
        }

        if (reference.State is { } state && state != ConversationReferenceStates.Active && state != ConversationReferenceStates.NotFound)
        {
            return NotifyOutcome.Unreachable("personal chat is " + state);
        }

        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(view), CardLocale.ForReader(view.Rep.Locale, view.Team));
        var message = MessageFactory.Card(card.ToJson(), card.FallbackText);
        message.Text = MonthlyTexts.For(view.Rep.Locale, view.Team).Format(introName, MonthlyTexts.AsDate(view.Month), view.Deadline);
        var outcome = await SendAsync(reference, message, mark, view.Team, cancellationToken);
        if (outcome.Kind == NotifyOutcomeKind.Sent)
        {
            MonthlyLog.CardSent(logger, view.Team.Id.Value, view.Month.ToString(), view.Rep.Id.Value);
        }

        return outcome;
    }

    private async Task<NotifyOutcome> SendAsync(ConversationReference reference, Activity message, IDeliveryMark mark, TeamSettings team, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.SendToUserAsync(reference, message, OutboundLane.FanOut(reference.TenantId, team.Id.Value), new MarkedAttempts(mark), cancellationToken);
            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            return NotifyOutcome.Unreachable("personal chat is " + unreachable);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }
}
