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

        if (!TryRead(action, "verb", "data", out var verb, out var data))
        {
            return InvokeResponse.Message(UserTexts.For(activity).Text(nameof(BotStrings.CardDataUnreadable)));
        }

        var result = await RouteAsync(new CardActionContext(turnContext, verb, data, IsExecute: true), cancellationToken);
        return result.Card is { } card ? InvokeResponse.Card(card) : InvokeResponse.Message(result.Text!);
    }

    /// <summary>The Action.Submit path: the same verbs; the result updates the card message or is sent as a new one.</summary>
    public async Task HandleSubmitAsync(ITurnContext turnContext, JsonElement value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!TryRead(value, VerbKey, null, out var verb, out var data))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(UserTexts.For(turnContext.Activity).Text(nameof(BotStrings.CardDataUnreadable))), cancellationToken);
            return;
        }

        var result = await RouteAsync(new CardActionContext(turnContext, verb, data, IsExecute: false), cancellationToken);
        var reply = result.Card is { } card ? MessageFactory.Card(card, result.Summary) : MessageFactory.Text(result.Text!);
        if (result.Card is not null && turnContext.Activity.ReplyToId is { } cardMessageId && !string.IsNullOrWhiteSpace(cardMessageId))
        {
            try
            {
                await turnContext.UpdateActivityAsync(cardMessageId, reply, cancellationToken);
                return;
            }
            catch (Protocol.Connector.ConnectorException exception) when ((int)exception.StatusCode is >= 400 and < 500)
            {
                Log.CardUpdateFailed(logger, cardMessageId, (int)exception.StatusCode);
            }
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>
    /// Reads the verb and the card data (the whole object, or its <paramref name="dataProperty"/>) from client JSON that
    /// may be hostile: duplicate keys or lone surrogates make it unreadable, and the user is told so (nothing is saved).
    /// </summary>
    private static bool TryRead(JsonElement source, string verbProperty, string? dataProperty, out string verb, out JsonObject data)
    {
        verb = string.Empty;
        data = [];
        try
        {
            verb = source.TryGetProperty(verbProperty, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
            var raw = dataProperty is null ? source : source.TryGetProperty(dataProperty, out var d) ? d : default;
            if (raw.ValueKind == JsonValueKind.Object)
            {
                data = JsonNode.Parse(raw.GetRawText())!.AsObject();
                ReadAll(data);
            }

            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or JsonException or FormatException)
        {
            return false;
        }
    }

    // JsonObject reads lazily: touch every key now, so duplicate or unreadable keys fail here, not later. (Values with
    // lone surrogates are left to the card parsers, which answer with a field error and keep the rep's other inputs.)
    private static void ReadAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    _ = key.Normalize();
                    ReadAll(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ReadAll(child);
                }

                break;
        }
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
