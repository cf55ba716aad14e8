namespace BotCommit.Benchmarks.FanOut;

/// <summary>
/// A token bucket refilled continuously: <c>capacity</c> tokens, <c>perSecond</c> added per second. Not thread-safe
/// (the connector holds one lock around all of its buckets).
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _capacity;
    private readonly double _perSecond;
    private double _tokens;
    private long _updated;

    public TokenBucket(double capacity, double perSecond, long startTimestamp)
    {
        _capacity = _tokens = capacity;
        _perSecond = perSecond;
        _updated = startTimestamp;
    }

    /// <summary>Takes a token at <paramref name="timestamp"/> (a <see cref="TimeProvider"/> timestamp) if one is there.</summary>
    public bool TryTake(long timestamp, TimeProvider time)
    {
        Refill(timestamp, time);
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }

    /// <summary>How long until the next token (zero when one is available).</summary>
    public TimeSpan UntilNext(long timestamp, TimeProvider time)
    {
        Refill(timestamp, time);
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / _perSecond);
    }

    private void Refill(long timestamp, TimeProvider time)
    {
        if (timestamp <= _updated)
        {
            return;
        }

        _tokens = Math.Min(_capacity, _tokens + (time.GetElapsedTime(_updated, timestamp).TotalSeconds * _perSecond));
        _updated = timestamp;
    }
}
