using System.Runtime.ExceptionServices;
using BotCommit.Bot.Conversations;
using BotCommit.Cards;
using BotCommit.Cards.Onboarding;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Greets a conversation once per installation, as a delivery (<see cref="DeliveryScope.Welcome"/>). Teams (and the
/// Playground) send both an <c>installationUpdate</c> and a <c>conversationUpdate</c> for one install: whichever arrives
/// first claims the welcome, the other finds it taken; an install later than <see cref="SameInstallation"/> after the last
/// welcome is a new one and is greeted again.
/// </summary>
internal sealed class WelcomeSender(DeliveryRunner deliveries, ILogger<WelcomeSender> logger)
{
    /// <summary>Two install events closer than this are one installation.</summary>
    internal static readonly TimeSpan SameInstallation = TimeSpan.FromSeconds(15);

    public async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        var run = await deliveries.RunAsync(DeliveryScope.Welcome(conversationId), ClaimPolicy.AgainAfter(SameInstallation), async (attempt, token) =>
        {
            var card = WelcomeCard.Build(CardLocale.For(turnContext.Activity.Locale, null));
            await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), new MarkedAttempts(attempt), token);
            return NotifyOutcome.Sent;
        }, null, cancellationToken);
        Rethrow(run);
        if (run.Outcome == ActionOutcome.Sent)
        {
            Log.Welcomed(logger, conversationId);
        }
    }

    /// <summary>An unexpected failure of a turn's own delivery goes to the turn's handler (logged, the user told).</summary>
    internal static void Rethrow(ActionRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Error is { } error)
        {
            ExceptionDispatchInfo.Capture(error.Exception).Throw();
        }
    }
}
