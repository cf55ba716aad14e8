using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;

namespace BotCommit.Protocol.Tests;

/// <summary>
/// Issue #15, item 8, through the real outbound stack (messenger, connector client, throttle on the fake clock, fake
/// Teams): two teams nudge at once and a person asks for help. The answer goes out in the next second, ahead of both
/// fan-outs; the team that started later gets half of every second instead of waiting for the first team to finish.
/// </summary>
public sealed class FairOutboundTests
{
    private const int PerSecond = 10;
    private const int TeamA = 60;
    private const int TeamB = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoTeamsNudgingAtOnce_AndAPersonAskingForHelp_TheAnswerIsNotQueuedAndTheTeamsShareEachSecond()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["BotCommit:Connector:GlobalPermitsPerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var start = harness.Time.GetUtcNow();
        var none = CancellationToken.None;

        var teamA = Nudges(harness, "a", TeamA);
        await harness.Teams.WaitForRequestsAsync(PerSecond, none).WaitAsync(Patience);
        await QueuedAsync(harness, TeamA - PerSecond);
        var teamB = Nudges(harness, "b", TeamB);
        await QueuedAsync(harness, TeamA - PerSecond + TeamB);
        var turn = new TurnContext(HelpRequest(harness), isAuthenticated: true, harness.Connector);
        var answer = turn.SendActivityAsync(MessageFactory.Text("Here is what I can do"), none);
        await QueuedAsync(harness, TeamA - PerSecond + TeamB + 1);

        const int total = TeamA + TeamB + 1;
        for (var sent = PerSecond; sent < total;)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            sent = Math.Min(total, sent + PerSecond);
            await harness.Teams.WaitForRequestsAsync(sent, none).WaitAsync(Patience);
        }

        await Task.WhenAll([.. teamA, .. teamB, answer]).WaitAsync(Patience);
        var seconds = harness.Teams.Requests
            .Select(r => (Second: (int)(r.At - start).TotalSeconds, Who: r.Path.Contains("a:asker", StringComparison.Ordinal) ? "help" : r.Path.Contains("a:b-", StringComparison.Ordinal) ? "b" : "a"))
            .ToList();
        Assert.Equal(1, Assert.Single(seconds, s => s.Who == "help").Second);
        for (var second = 1; second <= 4; second++)
        {
            var a = seconds.Count(s => s.Second == second && s.Who == "a");
            var b = seconds.Count(s => s.Second == second && s.Who == "b");
            Assert.True(Math.Abs(a - b) <= 1, $"second {second}: team a {a}, team b {b}");
        }

        var lastOfB = seconds.Where(s => s.Who == "b").Max(s => s.Second);
        var lastOfA = seconds.Where(s => s.Who == "a").Max(s => s.Second);
        Assert.True(lastOfB <= 5 && lastOfB < lastOfA, $"team b finished in second {lastOfB}, team a in {lastOfA}");
    }

    [Fact]
    public async Task ProactiveSendWithoutALane_IsFanOutOfTheReferencesTenantAndTeam()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = harness.PersonalReference();
        reference.TeamId = "19:team@thread.tacv2";

        var lane = ProactiveMessenger.DefaultLane(reference);

        Assert.Equal(OutboundLane.FanOut(ConnectorHarness.TenantId, "19:team@thread.tacv2"), lane);
        Assert.False(lane.IsInteractive);
        Assert.Equal(OutboundLane.FanOut(ConnectorHarness.TenantId.ToLowerInvariant(), "x"), OutboundLane.FanOut(ConnectorHarness.TenantId.ToUpperInvariant(), "x"));
    }

    private static List<Task<ResourceResponse>> Nudges(ConnectorHarness harness, string team, int count) =>
        Enumerable.Range(0, count)
            .Select(i => harness.Messenger.SendToUserAsync(
                harness.PersonalReference($"a:{team}-{i}", $"29:{team}-{i}"),
                MessageFactory.Text("Your check-in is ready"),
                OutboundLane.FanOut(ConnectorHarness.TenantId, "team-" + team),
                CancellationToken.None))
            .ToList();

    private static Activity HelpRequest(ConnectorHarness harness) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1764400210999",
        ServiceUrl = harness.ServiceUrl.ToString(),
        ChannelId = "msteams",
        Text = "help",
        From = new ChannelAccount { Id = "29:asker", AadObjectId = "aaaaaaaa-0000-0000-0000-00000000000a" },
        Recipient = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId },
        Conversation = new ConversationAccount { Id = "a:asker", ConversationType = "personal", TenantId = ConnectorHarness.TenantId },
    };

    private static async Task QueuedAsync(ConnectorHarness harness, int expected)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (harness.Throttle.Queued != expected)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
