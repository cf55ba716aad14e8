using System.Text.Json;
using BotCommit.Bot.Resources;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Card actions: <c>adaptiveCard/action</c> invokes (Action.Execute, answered in the same HTTP response so the card is
/// replaced in place) and their Action.Submit fallback (a message whose value carries the verb). Other invokes: 501.
/// </summary>
internal sealed class InvokeHandler(ILogger<InvokeHandler> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public Task<InvokeResponse?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return Task.FromResult<InvokeResponse?>(InvokeResponse.NotImplemented());
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return Task.FromResult<InvokeResponse?>(InvokeResponse.Error(400, "BadRequest", "The invoke has no action."));
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        Log.UnknownCardVerb(logger, verb ?? "(none)", activity.Id);
        return Task.FromResult<InvokeResponse?>(InvokeResponse.Message(NotSupported(activity)));
    }

    /// <summary>The Action.Submit path: the same verbs, answered with a message instead of an invoke response.</summary>
    public Task<Activity?> HandleSubmitAsync(ITurnContext turnContext, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var verb = data.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        Log.UnknownCardVerb(logger, verb ?? "(none)", turnContext.Activity.Id);
        return Task.FromResult<Activity?>(MessageFactory.Text(NotSupported(turnContext.Activity)));
    }

    private static string NotSupported(Activity activity) =>
        UserTexts.For(activity).Text(nameof(BotStrings.CardActionNotSupported));
}
