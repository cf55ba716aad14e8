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

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    public Task<bool> TryBeginAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Peek().At + Retention <= now || _order.Count >= Capacity))
            {
                var (id, at) = _order.Dequeue();
                if (_seen.TryGetValue(id, out var seenAt) && seenAt == at)
                {
                    _seen.Remove(id);
                }
            }

            if (_seen.ContainsKey(activityId))
            {
                return Task.FromResult(false);
            }

            _seen[activityId] = now;
            _order.Enqueue((activityId, now));
            return Task.FromResult(true);
        }
    }
}
