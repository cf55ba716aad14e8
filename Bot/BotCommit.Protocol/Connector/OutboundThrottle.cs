using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Paces every connector request (protocol doc 5.3): app-wide <see cref="ConnectorOptions.GlobalPermitsPerSecond"/>,
/// per conversation <see cref="ConnectorOptions.ConversationPermitsPerSecond"/> and
/// <see cref="ConnectorOptions.ConversationPermitsPerWindow"/>. Callers wait (queue) rather than fail. The buckets of
/// <see cref="ConnectorRateLimiter"/> are refilled by one <see cref="TimeProvider"/> timer (every second; the window
/// buckets every <see cref="ConnectorOptions.ConversationWindow"/>) for all conversations together, so tests drive
/// pacing with a fake clock and 10,000 conversations do not mean 20,000 timers. Waiters are served by
/// <see cref="OutboundLane"/>: replies first, fan-out round robin per tenant and team.
/// </summary>
internal sealed class OutboundThrottle : IDisposable
{
    private readonly ConnectorRateLimiter _limiter;
    private readonly ITimer _timer;
    private readonly long _ticksPerWindow;
    private long _ticks;

    public OutboundThrottle(IOptions<ConnectorOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var settings = options.Value;
        _limiter = new ConnectorRateLimiter(
            settings.GlobalPermitsPerSecond, settings.ConversationPermitsPerSecond, settings.ConversationPermitsPerWindow, settings.QueueLimit);
        _ticksPerWindow = Math.Max(1, (long)settings.ConversationWindow.TotalSeconds);
        var second = TimeSpan.FromSeconds(1);
        _timer = timeProvider.CreateTimer(_ => Tick(), null, second, second);
    }

    /// <summary>Calls waiting for a permit (tests and diagnostics).</summary>
    internal int Queued => _limiter.QueuedCount;

    /// <summary>Conversations with live buckets (tests and diagnostics).</summary>
    internal int TrackedConversations => _limiter.PartitionCount;

    /// <summary>
    /// Waits until the conversation (if any) and the app may send one more request; while the app's budget is spent, the
    /// call waits in <paramref name="lane"/> (interactive first, fan-out fairly per tenant and team).
    /// </summary>
    public async ValueTask AcquireAsync(string? conversationKey, OutboundLane lane, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(new OutboundPermit(conversationKey, lane), 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The outbound throttle queue is full; too many connector calls are waiting.");
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _limiter.Dispose();
    }

    private void Tick() => _limiter.Replenish(includeWindow: Interlocked.Increment(ref _ticks) % _ticksPerWindow == 0);
}
