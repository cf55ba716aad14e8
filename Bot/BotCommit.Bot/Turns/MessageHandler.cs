using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Onboarding;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Text messages (personal chat, or an @mention in a channel — the mention is stripped first) and card submissions
/// that arrive as messages (<c>Action.Submit</c>, the fallback of every <c>Action.Execute</c>).
/// </summary>
internal sealed class MessageHandler(CommandCatalogue commands, InvokeHandler cardActions, ILogger<MessageHandler> logger)
{
    private const int EchoLimit = 60;

    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text))
        {
            var answer = await cardActions.HandleSubmitAsync(turnContext, activity.Value.Value, cancellationToken);
            if (answer is not null)
            {
                await turnContext.SendActivityAsync(answer, cancellationToken);
            }

            return;
        }

        var text = activity.RemoveRecipientMention() ?? string.Empty;
        var texts = UserTexts.For(activity);
        if (string.IsNullOrWhiteSpace(text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(texts.Text(nameof(BotStrings.EmptyMessage))), cancellationToken);
            return;
        }

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
