using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// Remembers the answer of each processed invoke (by activity id) for <see cref="Retention"/>, so a redelivered invoke
/// gets the same body. A duplicate that arrives while the first is still running waits for it. Bounded; process-local.
/// </summary>
internal sealed class InvokeResponseCache(TimeProvider timeProvider)
{
    public const int Capacity = 5_000;

    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, (Task<InvokeResponse?> Response, DateTimeOffset At)> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// Registers the (still running) answer of a delivery, atomically: returns null when this is the first delivery
    /// this process sees, else the earlier delivery's answer (and registers nothing).
    /// </summary>
    public Task<InvokeResponse?>? TryAdd(string activityId, Task<InvokeResponse?> response)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            if (_entries.TryGetValue(activityId, out var existing))
            {
                return existing.Response;
            }

            _entries[activityId] = (response, now);
            _order.Enqueue((activityId, now));
            return null;
        }
    }

    /// <summary>The answer of an earlier delivery of <paramref name="activityId"/>, if this process still has it.</summary>
    public Task<InvokeResponse?>? Find(string activityId)
    {
        lock (_lock)
        {
            Prune(timeProvider.GetUtcNow());
            return _entries.TryGetValue(activityId, out var entry) ? entry.Response : null;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_order.Count > 0 && (_order.Peek().At + Retention <= now || _order.Count >= Capacity))
        {
            var (id, at) = _order.Dequeue();
            if (_entries.TryGetValue(id, out var entry) && entry.At == at)
            {
                _entries.Remove(id);
            }
        }
    }
}
