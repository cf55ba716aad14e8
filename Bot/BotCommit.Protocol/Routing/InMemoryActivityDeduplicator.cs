namespace BotCommit.Protocol.Routing;

/// <summary>
/// Process-local <see cref="IActivityDeduplicator"/>: remembers ids for <see cref="Retention"/> (1 hour) and at most
/// <see cref="Capacity"/> ids (oldest dropped first). Thread-safe.
/// </summary>
public sealed class InMemoryActivityDeduplicator(TimeProvider timeProvider) : IActivityDeduplicator
{
    /// <summary>Most ids kept.</summary>
    public const int Capacity = 50_000;

    /// <summary>How long an id is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly Dictionary<(string Conversation, string Id), DateTimeOffset> _seen = [];
    private readonly Queue<((string Conversation, string Id) Key, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    public Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var key = (conversationId, activityId);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Peek().At + Retention <= now || _order.Count >= Capacity))
            {
                var (oldest, at) = _order.Dequeue();
                if (_seen.TryGetValue(oldest, out var seenAt) && seenAt == at)
                {
                    _seen.Remove(oldest);
                }
            }

            if (_seen.ContainsKey(key))
            {
                return Task.FromResult(false);
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return Task.FromResult(true);
        }
    }
}
