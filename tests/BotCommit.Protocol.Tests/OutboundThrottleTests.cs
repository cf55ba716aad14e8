using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;

namespace BotCommit.Protocol.Tests;

/// <summary>Pacing with token buckets on the fake clock (protocol doc 5.3, 8.3 O12).</summary>
public sealed class OutboundThrottleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task FanOut_200RepsAtOnce_NeverExceedsTheGlobalRatePerSecond()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var start = harness.Time.GetUtcNow();

        var sends = Enumerable.Range(0, 200)
            .Select(index => harness.Connector.SendToConversationAsync(harness.ServiceUrl, $"a:rep-{index}", MessageFactory.Text("nudge"), CancellationToken.None))
            .ToList();
        for (var second = 1; second <= 10; second++)
        {
            await harness.Teams.WaitForRequestsAsync(20 * second, CancellationToken.None).WaitAsync(Patience);
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.WhenAll(sends).WaitAsync(Patience);

        var perSecond = harness.Teams.Requests.GroupBy(request => (int)(request.At - start).TotalSeconds).ToList();
        Assert.Equal(200, harness.Teams.Requests.Count);
        Assert.Equal(200, harness.Teams.Requests.Select(request => request.RawTarget).Distinct().Count());
        Assert.All(perSecond, group => Assert.True(group.Count() <= 20, $"second {group.Key}: {group.Count()} requests"));
        Assert.Equal(10, perSecond.Count);
    }

    [Fact]
    public async Task Send_60ToOneConversation_Keeps5PerSecondAnd50Per30Seconds()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var start = harness.Time.GetUtcNow();

        var sends = Enumerable.Range(0, 60)
            .Select(index => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:busy", MessageFactory.Text($"m{index}"), CancellationToken.None))
            .ToList();
        for (var second = 0; second < 32; second++)
        {
            var expected = second < 30 ? Math.Min(5 * (second + 1), 50) : Math.Min(50 + (5 * (second - 29)), 60);
            await harness.Teams.WaitForRequestsAsync(expected, CancellationToken.None).WaitAsync(Patience);
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.WhenAll(sends).WaitAsync(Patience);

        var offsets = harness.Teams.Requests.Select(request => (request.At - start).TotalSeconds).ToList();
        Assert.Equal(60, offsets.Count);
        Assert.All(offsets.GroupBy(offset => (int)offset), group => Assert.True(group.Count() <= 5, $"second {group.Key}: {group.Count()}"));
        Assert.Equal(50, offsets.Count(offset => offset < 30));
        Assert.Equal(10, offsets.Count(offset => offset >= 30));
    }

    [Fact]
    public async Task Window_IdleConversation_IsForgotten()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:once", MessageFactory.Text("x"), CancellationToken.None);
        var trackedAfterSend = harness.Throttle.TrackedConversations;

        harness.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(1, trackedAfterSend);
        Assert.Equal(0, harness.Throttle.TrackedConversations);
    }
}
