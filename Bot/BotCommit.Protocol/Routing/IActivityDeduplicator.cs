namespace BotCommit.Protocol.Routing;

/// <summary>
/// Remembers which activity ids were already processed, so a redelivered activity is not handled twice (activity spec
/// A2033). The default is bounded and in memory; the host replaces it with a durable, shared one.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>True the first time <paramref name="activityId"/> is seen (the caller then processes it); false afterwards.</summary>
    Task<bool> TryBeginAsync(string activityId, CancellationToken cancellationToken);
}
