namespace BotCommit.Protocol.Routing;

/// <summary>
/// Remembers which activities were already processed, so a redelivered activity is not handled twice (activity spec
/// A2033). An activity is identified by its conversation id and its id together: ids are assigned per conversation, and
/// two people's activities in two conversations may carry the same id. The default is bounded and in memory; the host
/// replaces it with a durable, shared one.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>
    /// True the first time <paramref name="activityId"/> is seen in <paramref name="conversationId"/> (empty when the
    /// activity has none); the caller then processes it. False afterwards.
    /// </summary>
    Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
