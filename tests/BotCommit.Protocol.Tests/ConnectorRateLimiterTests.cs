using BotCommit.Protocol.Connector;

namespace BotCommit.Protocol.Tests;

public sealed class ConnectorRateLimiterTests
{
    [Fact]
    public async Task Acquire_ConversationOutOfTokens_DoesNotHoldBackOtherConversations()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 10, perSecond: 1, perWindow: 10, queueLimit: 100);
        using var first = await limiter.AcquireAsync(Unkeyed("a:busy"), 1);

        var waiting = limiter.AcquireAsync(Unkeyed("a:busy"), 1);
        using var other = await limiter.AcquireAsync(Unkeyed("a:other"), 1);

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
        await limiter.AcquireAsync(Unkeyed("a:0"), 1);
        var order = new List<string>();
        var waiters = new[] { "a:1", "a:2", "a:3" }
            .Select(async key =>
            {
                using var lease = await limiter.AcquireAsync(Unkeyed(key), 1);
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
        await limiter.AcquireAsync(Unkeyed("a:1"), 1);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(Unkeyed("a:1"), 1, cancellation.Token).AsTask();
        var next = limiter.AcquireAsync(Unkeyed("a:1"), 1).AsTask();

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
        await limiter.AcquireAsync(Unkeyed("a:1"), 1);
        var queued = limiter.AcquireAsync(Unkeyed("a:1"), 1);

        using var denied = await limiter.AcquireAsync(Unkeyed("a:1"), 1);

        Assert.False(denied.IsAcquired);
        Assert.False(queued.IsCompleted);
    }

    [Fact]
    public async Task Replenish_WindowSpent_WaitsForTheWindowBoundary()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 10, perSecond: 2, perWindow: 2, queueLimit: 10);
        await limiter.AcquireAsync(Unkeyed("a:1"), 1);
        await limiter.AcquireAsync(Unkeyed("a:1"), 1);
        var third = limiter.AcquireAsync(Unkeyed("a:1"), 1);

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
        limiter.AttemptAcquire(Unkeyed("a:1"), 1);
        var waiting = limiter.AcquireAsync(Unkeyed("a:1"), 1).AsTask();

        limiter.Dispose();

        Assert.IsType<ObjectDisposedException>(waiting.Exception?.InnerException);
    }

    [Fact]
    public async Task Acquire_InteractiveReply_IsServedBeforeEveryQueuedFanOut()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 2, perSecond: 5, perWindow: 50, queueLimit: 100);
        await limiter.AcquireAsync(Unkeyed("a:warm-1"), 1);
        await limiter.AcquireAsync(Unkeyed("a:warm-2"), 1);
        var fanOut = Enumerable.Range(0, 10).Select(i => limiter.AcquireAsync(FanOut("T", "team-a", "a:rep-" + i), 1).AsTask()).ToList();

        var reply = limiter.AcquireAsync(new OutboundPermit("a:asker", OutboundLane.Interactive), 1).AsTask();
        limiter.Replenish(includeWindow: false);

        Assert.True(reply.IsCompletedSuccessfully);
        Assert.True((await reply).IsAcquired);
        Assert.Equal(1, fanOut.Count(t => t.IsCompleted)); // the second token of the second went to the fan-out
    }

    [Fact]
    public async Task Acquire_TwoTeamsFanningOut_ShareTheBudgetEvenlyWhicheverQueuedFirst()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 4, perSecond: 5, perWindow: 50, queueLimit: 1_000);
        for (var i = 0; i < 4; i++)
        {
            await limiter.AcquireAsync(Unkeyed("a:warm-" + i), 1);
        }

        var big = Enumerable.Range(0, 400).Select(i => limiter.AcquireAsync(FanOut("T", "team-big", "a:big-" + i), 1).AsTask()).ToList();
        var small = Enumerable.Range(0, 6).Select(i => limiter.AcquireAsync(FanOut("T", "team-small", "a:small-" + i), 1).AsTask()).ToList();

        limiter.Replenish(includeWindow: false);
        var afterOne = (Big: big.Count(t => t.IsCompleted), Small: small.Count(t => t.IsCompleted));
        limiter.Replenish(includeWindow: false);
        limiter.Replenish(includeWindow: false);

        Assert.Equal((2, 2), afterOne);
        Assert.True(small.All(t => t.IsCompleted), "the small team is done after three seconds, not after the big one's 100");
        Assert.Equal(6, big.Count(t => t.IsCompleted));
    }

    [Fact]
    public async Task Acquire_TwoTenants_ShareTheBudgetEvenlyHoweverManyTeamsEachHas()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 6, perSecond: 5, perWindow: 50, queueLimit: 1_000);
        for (var i = 0; i < 6; i++)
        {
            await limiter.AcquireAsync(Unkeyed("a:warm-" + i), 1);
        }

        var manyTeams = Enumerable.Range(0, 60).Select(i => limiter.AcquireAsync(FanOut("T1", "team-" + (i % 6), "a:t1-" + i), 1).AsTask()).ToList();
        var oneTeam = Enumerable.Range(0, 60).Select(i => limiter.AcquireAsync(FanOut("T2", "only", "a:t2-" + i), 1).AsTask()).ToList();

        limiter.Replenish(includeWindow: false);
        limiter.Replenish(includeWindow: false);

        Assert.Equal(6, oneTeam.Count(t => t.IsCompleted));
        Assert.Equal(6, manyTeams.Count(t => t.IsCompleted));
        Assert.All(
            manyTeams.Select((task, i) => (task, team: i % 6)).GroupBy(x => x.team),
            team => Assert.Equal(1, team.Count(x => x.task.IsCompleted))); // round robin over T1's six teams too
    }

    [Fact]
    public async Task Acquire_FanOutOfOneConversationOutOfTokens_DoesNotHoldBackItsTeamsOtherConversations()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 5, perSecond: 1, perWindow: 50, queueLimit: 100);
        for (var i = 0; i < 5; i++)
        {
            await limiter.AcquireAsync(Unkeyed("a:warm-" + i), 1);
        }

        var sameChat = Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync(FanOut("T", "team", "a:same"), 1).AsTask()).ToList();
        var others = Enumerable.Range(0, 3).Select(i => limiter.AcquireAsync(FanOut("T", "team", "a:other-" + i), 1).AsTask()).ToList();

        limiter.Replenish(includeWindow: false);

        Assert.Equal([true, false, false], sameChat.Select(t => t.IsCompleted));
        Assert.All(others, t => Assert.True(t.IsCompleted));
    }

    [Fact]
    public async Task Acquire_QueueFullOfFanOut_StillQueuesAnInteractiveReply()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 5, perWindow: 50, queueLimit: 2);
        await limiter.AcquireAsync(Unkeyed("a:warm"), 1);
        var queued = new[] { limiter.AcquireAsync(FanOut("T", "team", "a:1"), 1).AsTask(), limiter.AcquireAsync(FanOut("T", "team", "a:2"), 1).AsTask() };

        using var denied = await limiter.AcquireAsync(FanOut("T", "team", "a:3"), 1);
        var reply = limiter.AcquireAsync(new OutboundPermit("a:asker", OutboundLane.Interactive), 1).AsTask();
        limiter.Replenish(includeWindow: false);

        Assert.False(denied.IsAcquired);
        Assert.True((await reply).IsAcquired);
        Assert.All(queued, t => Assert.False(t.IsCompleted));
    }

    [Fact]
    public async Task Acquire_CancelledFanOutWaiters_LeaveNoEmptyTeamsBehind()
    {
        using var limiter = new ConnectorRateLimiter(globalPerSecond: 1, perSecond: 5, perWindow: 50, queueLimit: 100);
        await limiter.AcquireAsync(Unkeyed("a:warm"), 1);
        using var cancellation = new CancellationTokenSource();
        var cancelled = Enumerable.Range(0, 3).Select(i => limiter.AcquireAsync(FanOut("T", "gone", "a:g" + i), 1, cancellation.Token).AsTask()).ToList();
        var staying = limiter.AcquireAsync(FanOut("T", "staying", "a:s"), 1).AsTask();

        await cancellation.CancelAsync();
        limiter.Replenish(includeWindow: false);

        Assert.All(cancelled, t => Assert.True(t.IsCanceled));
        Assert.True((await staying).IsAcquired);
        Assert.Equal(0, limiter.QueuedCount);
    }

    private static OutboundPermit Unkeyed(string conversation) => new(conversation, OutboundLane.Unkeyed);

    private static OutboundPermit FanOut(string tenant, string team, string conversation) => new(conversation, OutboundLane.FanOut(tenant, team));
}
