using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Onboarding;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Runs a text command (the mention already stripped): finds it in the <see cref="CommandCatalogue"/> and calls its
/// handler. Unknown text gets a friendly answer that echoes it safely.
/// </summary>
internal sealed class CommandDispatcher(CommandCatalogue commands, ILogger<CommandDispatcher> logger)
{
    private const int EchoLimit = 60;

    public async Task DispatchAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var texts = UserTexts.For(activity);
        var match = commands.Match(text);
        if (match is null)
        {
            var echo = text.Length > EchoLimit ? text[..EchoLimit] + "…" : text;
            var reply = texts.Format(nameof(BotStrings.UnknownCommand), CardText.Escape(echo));
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
            return;
        }

        Log.CommandReceived(logger, match.Value.Command.Name, activity.From?.AadObjectId);
        if (match.Value.Command == CommandCatalogue.Help)
        {
            await SendHelpAsync(turnContext, texts, cancellationToken);
        }
    }

    private async Task SendHelpAsync(ITurnContext turnContext, UserTexts texts, CancellationToken cancellationToken)
    {
        var locale = CardLocale.For(turnContext.Activity.Locale, null);
        var lines = commands.All
            .Select(c => new Fact(c.Name, texts.Text(c.DescriptionResource)))
            .ToList();
        var card = HelpCard.Build(locale, lines);
        await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
    }
}
