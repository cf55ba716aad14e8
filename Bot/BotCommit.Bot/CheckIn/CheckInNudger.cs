using BotCommit.Cards;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// Sends a rep their check-in card in their personal chat (the Sunday nudge, a reminder, or "nudge now"). The rep must
/// have BotCommit installed personally (or be reachable through the team install): without a stored 1:1 conversation
/// the rep is reported unreachable so the admin can pre-install the app.
/// </summary>
internal sealed class CheckInNudger(
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    CheckInCards cards,
    IRosterStore roster,
    ILogger<CheckInNudger> logger)
{
    public Task<NotifyOutcome> SendCardAsync(TeamSettings team, Rep rep, ForecastWeek week, CancellationToken cancellationToken) =>
        SendCardAsync(team, rep, week, null, cancellationToken);

    /// <param name="introText">A line sent before the card (reminders say why they come).</param>
    public async Task<NotifyOutcome> SendCardAsync(TeamSettings team, Rep rep, ForecastWeek week, string? introText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        var reference = await references.GetForUserAsync(rep.Id.Value, cancellationToken);
        if (reference is null)
        {
            return NotifyOutcome.Unreachable("no personal chat with BotCommit (app not installed for this person)");
        }

        if (reference.State is { } state && state != ConversationReferenceStates.Active && state != ConversationReferenceStates.NotFound)
        {
            return NotifyOutcome.Unreachable("personal chat is " + state);
        }

        var stored = await roster.GetAsync(team.Id, rep.Id, cancellationToken);
        if (stored is null)
        {
            return NotifyOutcome.Unreachable("not on the roster any more");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var context = new RepContext(team, stored, week, zone);
        var locale = CardLocale.For(reference.Locale, team.Culture);
        var card = await cards.BuildAsync(context, locale, cancellationToken);
        // Fair share of the app's budget per team: one team's Sunday fan-out never starves another's.
        var lane = OutboundLane.FanOut(reference.TenantId, team.Id.Value);
        try
        {
            if (!string.IsNullOrWhiteSpace(introText))
            {
                await messenger.SendToUserAsync(reference, MessageFactory.Text(introText), lane, cancellationToken);
            }

            await messenger.SendToUserAsync(reference, MessageFactory.Card(card.ToJson(), card.FallbackText), lane, cancellationToken);
            Log.NudgeSent(logger, team.Id.Value, week.ToString(), rep.Id.Value);
            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            return NotifyOutcome.Unreachable("personal chat is " + unreachable);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            Log.NudgeDeferred(logger, team.Id.Value, week.ToString(), rep.Id.Value, (int)exception.StatusCode);
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }
}
