using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The schedule's way to reach people in Teams: the nudge and reminders are the rep's check-in card in their personal
/// chat; the escalation is a message to the manager naming the reps who are missing.
/// </summary>
internal sealed class TeamsRepNotifier(CheckInNudger nudger, IConversationReferenceStore references, ProactiveMessenger messenger) : IRepNotifier
{
    public Task<NotifyOutcome> SendNudgeAsync(TeamSettings team, Rep rep, ForecastWeek week, CancellationToken cancellationToken) =>
        nudger.SendCardAsync(team, rep, week, cancellationToken);

    public Task<NotifyOutcome> SendReminderAsync(TeamSettings team, Rep rep, ForecastWeek week, int reminderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var deadline = TimeZoneInfo.ConvertTime(team.Schedule.Deadline.InstantIn(week, zone), zone);
        var texts = TextsFor(team);
        var intro = texts.Format(nameof(BotStrings.ReminderIntro), week.ToString(), deadline.ToString("f", texts.FormatCulture));
        return nudger.SendCardAsync(team, rep, week, intro, cancellationToken);
    }

    public async Task<NotifyOutcome> SendEscalationAsync(TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, CancellationToken cancellationToken)
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
        try
        {
            await messenger.SendToUserAsync(reference, MessageFactory.Text(text), OutboundLane.FanOut(reference.TenantId, team.Id.Value), cancellationToken);
            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } state)
        {
            return NotifyOutcome.Unreachable("personal chat is " + state);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }

    private static UserTexts TextsFor(TeamSettings team) =>
        UserTexts.For(new Activity { Locale = team.Culture }, team.Culture);
}
