using BotCommit.Protocol.Connector;

namespace BotCommit.Protocol.Tests;

public sealed class ConnectorRateLimiterTests
{
    [Fact]
    public async Task Acquire_ConversationOutOfTokens_DoesNotHoldBackOtherConversations()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 10, perSecond: 1, perWindow: 10, queueLimit: 100);
        using var first = await limiter.AcquireAsync("a:busy", 1);

        var waiting = limiter.AcquireAsync("a:busy", 1);
        using var other = await limiter.AcquireAsync("a:other", 1);

        Assert.True(first.IsAcquired);
        Assert.True(other.IsAcquired);
        Assert.False(waiting.IsCompleted);
        limiter.Replenish(includeWindow: false);
        Assert.True((await waiting).IsAcquired);
    }

    [Fact]
    public async Task Acquire_GlobalOutOfTokens_ServesWaitersInArrivalOrder()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 5, perWindow: 50, queueLimit: 100);
        await limiter.AcquireAsync("a:0", 1);
        var order = new List<string>();
        var waiters = new[] { "a:1", "a:2", "a:3" }
            .Select(async key =>
            {
                using var lease = await limiter.AcquireAsync(key, 1);
                lock (order)
                {
                    order.Add(key);
                }
            })
            .ToList();

        for (var tick = 0; tick < 3; tick++)
        {
            limiter.Replenish(includeWindow: false);
            await waiters[tick];
        }

        Assert.Equal(["a:1", "a:2", "a:3"], order);
    }

    [Fact]
    public async Task Acquire_Cancelled_LeavesTheQueueWithoutTakingTokens()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 1, perWindow: 10, queueLimit: 100);
        await limiter.AcquireAsync("a:1", 1);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync("a:1", 1, cancellation.Token).AsTask();
        var next = limiter.AcquireAsync("a:1", 1).AsTask();

        await cancellation.CancelAsync();
        limiter.Replenish(includeWindow: false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True((await next).IsAcquired);
        Assert.Equal(0, limiter.QueuedCount);
    }

    [Fact]
    public async Task Acquire_QueueFull_IsDenied()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 1, perWindow: 1, queueLimit: 1);
        await limiter.AcquireAsync("a:1", 1);
        var queued = limiter.AcquireAsync("a:1", 1);

        using var denied = await limiter.AcquireAsync("a:1", 1);

        Assert.False(denied.IsAcquired);
        Assert.False(queued.IsCompleted);
    }

    [Fact]
    public async Task Replenish_WindowSpent_WaitsForTheWindowBoundary()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 10, perSecond: 2, perWindow: 2, queueLimit: 10);
        await limiter.AcquireAsync("a:1", 1);
        await limiter.AcquireAsync("a:1", 1);
        var third = limiter.AcquireAsync("a:1", 1);

        limiter.Replenish(includeWindow: false);
        var afterSecondTick = third.IsCompleted;
        limiter.Replenish(includeWindow: true);

        Assert.False(afterSecondTick);
        Assert.True((await third).IsAcquired);
    }

    [Fact]
    public void Dispose_Waiters_AreFailed()
    {
        var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 1, perWindow: 1, queueLimit: 10);
        limiter.AttemptAcquire("a:1", 1);
        var waiting = limiter.AcquireAsync("a:1", 1).AsTask();

        limiter.Dispose();

        Assert.IsType<ObjectDisposedException>(waiting.Exception?.InnerException);
    }
}
