using System.Globalization;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Resources;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// The one router: dispatch on the activity type, then to a small handler. Whatever happens, the user gets an answer:
/// an unexpected failure becomes a friendly message with a reference to quote, never a stack trace or silence.
/// </summary>
internal sealed class BotCommitBot(
    ConversationUpdateHandler conversationUpdates,
    MessageHandler messages,
    CardActionRouter cardActions,
    TimeProvider timeProvider,
    ILogger<BotCommitBot> logger) : IBot
{
    public async Task<InvokeResponse?> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var started = timeProvider.GetTimestamp();
        using var span = TurnTelemetry.Start(turnContext.Activity.Type);
        try
        {
            return await RouteAsync(turnContext, cancellationToken);
        }
        finally
        {
            TurnTelemetry.Record(turnContext.Activity.Type, timeProvider.GetElapsedTime(started));
        }
    }

    private async Task<InvokeResponse?> RouteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        try
        {
            switch (activity.Type)
            {
                case ActivityTypes.Message:
                    await messages.HandleAsync(turnContext, cancellationToken);
                    return null;
                case ActivityTypes.Invoke:
                    return await cardActions.HandleInvokeAsync(turnContext, cancellationToken);
                case ActivityTypes.ConversationUpdate:
                case ActivityTypes.InstallationUpdate:
                    await conversationUpdates.HandleAsync(turnContext, cancellationToken);
                    return null;
                default:
                    return null;
            }
        }
#pragma warning disable CA1031 // Top of the turn: every failure is logged and turned into a friendly answer.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var reference = Reference();
            Log.TurnFailed(logger, exception, activity.Id, activity.Type, reference);
            var text = UserTexts.For(activity).Format(nameof(BotStrings.SomethingWentWrong), reference);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return InvokeResponse.Message(text);
            }

            if (activity.Type == ActivityTypes.Message)
            {
                await TrySendAsync(turnContext, MessageFactory.Text(text), cancellationToken);
            }

            return null;
        }
    }

    private string Reference() =>
        timeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "-"
        + Guid.NewGuid().ToString("N")[..6];

    private async Task TrySendAsync(ITurnContext turnContext, Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
#pragma warning disable CA1031 // The apology itself could not be delivered (Teams down); the original failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.TurnFailed(logger, exception, turnContext.Activity.Id, "apology", "-");
        }
    }
}
