using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Sends a private answer to the asker's personal chat with BotCommit, whatever conversation they asked in: the stored
/// personal-chat reference of the activity's sender (<c>from.aadObjectId</c>), or a 1:1 chat opened now from their own
/// activity (Teams answers the existing chat). The asker's own request, so its calls take the interactive lane.
/// </summary>
internal sealed class PrivateAnswers(IConversationReferenceStore references, ProactiveMessenger messenger)
{
    /// <summary>Whether the conversation of <paramref name="activity"/> is the sender's personal chat.</summary>
    public static bool IsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sends <paramref name="messages"/> to the sender's personal chat; false when none can be reached (nothing sent).</summary>
    public async Task<bool> SendAsync(ITurnContext turnContext, IReadOnlyList<Activity> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(messages);
        var personal = await PersonalChatAsync(turnContext, cancellationToken);
        if (personal is null)
        {
            return false;
        }

        foreach (var message in messages)
        {
            await messenger.SendToUserAsync(personal, message, OutboundLane.Interactive, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Sends <paramref name="card"/> (a progress card) to the sender's personal chat and answers where it is, so the work
    /// that follows the turn can replace it in place; null when no personal chat can be reached (nothing sent).
    /// </summary>
    public async Task<Progress.ProgressMessage?> PostProgressAsync(ITurnContext turnContext, Activity card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(card);
        var personal = await PersonalChatAsync(turnContext, cancellationToken);
        if (personal is null)
        {
            return null;
        }

        var posted = await messenger.SendToUserAsync(personal, card, OutboundLane.Interactive, cancellationToken);
        return Progress.ProgressMessage.InPersonalChat(messenger, personal, posted.Id); // the send may have re-created the chat: the reference is current
    }

    private async Task<ConversationReference?> PersonalChatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.From?.AadObjectId is not { Length: > 0 } sender)
        {
            return null;
        }

        var stored = await references.GetForUserAsync(sender, cancellationToken);
        if (stored is not null && (stored.State is null or ConversationReferenceStates.Active or ConversationReferenceStates.NotFound))
        {
            return stored;
        }

        // No usable 1:1 yet: open one from this very activity (its serviceUrl is the one the endpoint just verified).
        var from = activity.GetConversationReference();
        var here = activity.Conversation?.Id is { Length: > 0 } id
            ? await references.GetForConversationAsync(activity.GetTeamsChannelId() ?? id, cancellationToken)
            : null;
        from.ServiceUrlVerified = here?.ServiceUrlVerified;
        try
        {
            return await messenger.OpenPersonalChatAsync(from, OutboundLane.Interactive, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or UntrustedServiceUrlException)
        {
            return null; // the app is not installed for the person, or Teams refused: the caller says how to get it
        }
    }
}
