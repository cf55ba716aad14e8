using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Progress;

/// <summary>
/// Where a progress card was posted, so it can be replaced in place: in the conversation of the admin's turn
/// (<see cref="InTurn"/>), or in the admin's personal chat when the work was asked for in a channel
/// (<see cref="InPersonalChat"/>: admin output never goes to a channel).
/// </summary>
internal sealed class ProgressMessage
{
    private readonly Func<Activity, CancellationToken, Task> _replace;

    private ProgressMessage(string activityId, Func<Activity, CancellationToken, Task> replace)
    {
        ActivityId = activityId;
        _replace = replace;
    }

    /// <summary>The posted card's activity id (empty when Teams did not say which message it created).</summary>
    public string ActivityId { get; }

    /// <summary>Whether the card can be replaced (Teams answered with its id).</summary>
    public bool CanUpdate => ActivityId.Length > 0;

    /// <summary>The card posted as an answer in the turn's own conversation.</summary>
    public static ProgressMessage InTurn(ITurnContext turn, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new ProgressMessage(activityId ?? string.Empty, (activity, ct) => turn.UpdateActivityAsync(activityId!, activity, ct));
    }

    /// <summary>The card sent to the admin's personal chat of <paramref name="personal"/>.</summary>
    public static ProgressMessage InPersonalChat(ProactiveMessenger messenger, ConversationReference personal, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(messenger);
        ArgumentNullException.ThrowIfNull(personal);
        return new ProgressMessage(
            activityId ?? string.Empty,
            (activity, ct) => messenger.UpdateAsync(personal, activityId!, activity, OutboundLane.Interactive, ct));
    }

    /// <summary>Replaces the card with <paramref name="activity"/>.</summary>
    public Task ReplaceAsync(Activity activity, CancellationToken cancellationToken) => _replace(activity, cancellationToken);
}
