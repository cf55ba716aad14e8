using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CardActions;

/// <summary>
/// Card actions: <c>adaptiveCard/action</c> invokes (Action.Execute, answered in the same HTTP response so the card is
/// replaced in place) and their Action.Submit fallback (a message whose value carries the verb: the card message is
/// then updated with PUT, or a new message is sent if that fails). Routed by verb prefix. Other invokes: 501.
/// </summary>
internal sealed class CardActionRouter(IEnumerable<ICardActionHandler> handlers, ILogger<CardActionRouter> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string VerbKey = "verb";

    private readonly IReadOnlyList<ICardActionHandler> _handlers = handlers.OrderByDescending(h => h.VerbPrefix.Length).ToList();

    public async Task<InvokeResponse?> HandleInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return InvokeResponse.NotImplemented();
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return InvokeResponse.Error(400, "BadRequest", "The invoke has no action.");
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText())!.AsObject()
            : [];
        var result = await RouteAsync(new CardActionContext(turnContext, verb, data, IsExecute: true), cancellationToken);
        return result.Card is { } card ? InvokeResponse.Card(card) : InvokeResponse.Message(result.Text!);
    }

    /// <summary>The Action.Submit path: the same verbs; the result updates the card message or is sent as a new one.</summary>
    public async Task HandleSubmitAsync(ITurnContext turnContext, JsonElement value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var data = JsonNode.Parse(value.GetRawText())!.AsObject();
        var verb = data[VerbKey] is JsonValue verbValue && verbValue.TryGetValue<string>(out var s) ? s : string.Empty;
        var result = await RouteAsync(new CardActionContext(turnContext, verb, data, IsExecute: false), cancellationToken);
        var reply = result.Card is { } card ? MessageFactory.Card(card, result.Summary) : MessageFactory.Text(result.Text!);
        if (result.Card is not null && turnContext.Activity.ReplyToId is { Length: > 0 } cardMessageId)
        {
            try
            {
                await turnContext.UpdateActivityAsync(cardMessageId, reply, cancellationToken);
                return;
            }
            catch (Protocol.Connector.ConnectorException exception) when (exception.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.BadRequest)
            {
                Log.CardUpdateFailed(logger, cardMessageId, (int)exception.StatusCode);
            }
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private async Task<CardActionResult> RouteAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var handler = _handlers.FirstOrDefault(h => context.Verb.StartsWith(h.VerbPrefix, StringComparison.Ordinal));
        if (handler is null)
        {
            Log.UnknownCardVerb(logger, context.Verb.Length == 0 ? "(none)" : context.Verb, context.Turn.Activity.Id);
            return CardActionResult.Message(UserTexts.For(context.Turn.Activity).Text(nameof(BotStrings.CardActionNotSupported)));
        }

        return await handler.HandleAsync(context, cancellationToken);
    }
}
