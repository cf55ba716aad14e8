using System.Text.Json;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Text messages (personal chat, or an @mention in a channel — the mention is stripped first) go to the commands; card
/// submissions that arrive as messages (<c>Action.Submit</c>, the fallback of every <c>Action.Execute</c>) go to the
/// card actions.
/// </summary>
internal sealed class MessageHandler(CommandDispatcher commands, CardActionRouter cardActions)
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && string.IsNullOrWhiteSpace(activity.Text))
        {
            await cardActions.HandleSubmitAsync(turnContext, value, cancellationToken);
            return;
        }

        var raw = activity.Text;
        var text = activity.RemoveRecipientMention() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            var texts = UserTexts.For(activity);
            await turnContext.SendActivityAsync(MessageFactory.Text(texts.Text(nameof(BotStrings.EmptyMessage))), cancellationToken);
            return;
        }

        await commands.DispatchAsync(turnContext, text, cancellationToken, raw);
    }
}
