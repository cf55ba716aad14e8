using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// Remembers the answer of each processed invoke (by conversation id and activity id) for <see cref="Retention"/>, so a redelivered invoke
/// gets the same body. A duplicate that arrives while the first is still running waits for it. Bounded; process-local.
/// </summary>
internal sealed class InvokeResponseCache(TimeProvider timeProvider)
{
    public const int Capacity = 5_000;

    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(15);

    private readonly Dictionary<(string Conversation, string Id), (Task<InvokeResponse?> Response, DateTimeOffset At)> _entries = [];
    private readonly Queue<((string Conversation, string Id) Key, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// Registers the (still running) answer of a delivery, atomically: returns null when this is the first delivery
    /// this process sees, else the earlier delivery's answer (and registers nothing).
    /// </summary>
    public Task<InvokeResponse?>? TryAdd(string conversationId, string activityId, Task<InvokeResponse?> response)
    {
        var key = (conversationId, activityId);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing.Response;
            }

            _entries[key] = (response, now);
            _order.Enqueue((key, now));
            return null;
        }
    }

    /// <summary>The answer of an earlier delivery of <paramref name="activityId"/> in the conversation, if this process still has it.</summary>
    public Task<InvokeResponse?>? Find(string conversationId, string activityId)
    {
        lock (_lock)
        {
            Prune(timeProvider.GetUtcNow());
            return _entries.TryGetValue((conversationId, activityId), out var entry) ? entry.Response : null;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_order.Count > 0 && (_order.Peek().At + Retention <= now || _order.Count >= Capacity))
        {
            var (key, at) = _order.Dequeue();
            if (_entries.TryGetValue(key, out var entry) && entry.At == at)
            {
                _entries.Remove(key);
            }
        }
    }
}
