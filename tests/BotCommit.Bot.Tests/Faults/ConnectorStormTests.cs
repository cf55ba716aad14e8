using System.Globalization;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Issue #9, Teams throttling end to end: the Sunday nudge (the schedule's tick, through the real host, Azurite and the
/// connector client's rate limiter and retry pipeline) meets a storm of 429 (with Retry-After) and 503 from the fake
/// Teams connector. The host's clock is fake; <see cref="ClockPump"/> moves it while the tick runs.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConnectorStormTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Sunday 16:00 in a UTC team: the nudge is due.
    private static readonly DateTimeOffset NudgeTime = new(2026, 11, 29, 16, 0, 30, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:team-storm@thread.tacv2");
    private static readonly TimeSpan FakeLimit = TimeSpan.FromMinutes(30);

    private readonly FakeTimeProvider _clock = new(NudgeTime);
    private readonly ConnectorStorm _storm = new();
    private FaultHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await FaultHost.StartAsync(azurite.ConnectionString, _clock);
        _host.Connector.Responder = _storm.Answer;
        await _host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC" });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>What a rep's personal chat answers before it accepts the card (rep i gets pattern i mod 4): within 4 attempts.</summary>
    private static readonly ScriptedConnectorResponse[][] StormPatterns =
    [
        [ConnectorStorm.TooManyRequests(3)],
        [ConnectorStorm.Unavailable(), ConnectorStorm.TooManyRequests(2)],
        [ConnectorStorm.TooManyRequests(5), ConnectorStorm.Unavailable(), ConnectorStorm.TooManyRequests(1)],
        [],
    ];

    [Fact]
    public async Task ScheduledNudge_FortyRepsIn429And503Storm_EveryRepGetsExactlyOneCardAndEachRetryWaitedForRetryAfter()
    {
        var reps = await AddRepsAsync(40);
        for (var i = 0; i < reps.Count; i++)
        {
            _storm.Plan(FaultHost.ConversationOf(reps[i]), StormPatterns[i % StormPatterns.Length]);
        }

        var tick = await ClockPump.RunAsync(_clock, () => _host.Get<RunScheduleTick>().RunAsync(CancellationToken.None), FakeLimit);

        Assert.Equal((40, 40, 0, 0, 0), (tick.Actions.Due, tick.Actions.Sent, tick.Actions.Failed, tick.Actions.Deferred, tick.Actions.Errors));
        for (var i = 0; i < reps.Count; i++)
        {
            var attempts = _storm.AttemptsTo(FaultHost.ConversationOf(reps[i]));
            Assert.Equal(StormPatterns[i % StormPatterns.Length].Length + 1, attempts.Count);
            Assert.True(Assert.Single(attempts, a => a.Delivered).CarriesCheckInCard);
            AssertEachRetryWaited(attempts);
        }

        var records = await _host.Get<IActionLog>().ListWeekAsync(Team, Week, CancellationToken.None);
        Assert.Equal(reps.Order(StringComparer.Ordinal), records.Where(r => r.Kind == ScheduledActionKind.Nudge && r.State == ActionState.Completed)
            .Select(r => r.Subject).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(records, r => r.State == ActionState.Failed);
    }

    [Fact]
    public async Task ScheduledNudge_StormOutlastsTheRetries_RepsAreDeferredNotFailedAndTheNextTickDeliversOnce()
    {
        var reps = await AddRepsAsync(12);
        var throttled = reps.Where((_, i) => i % 2 == 0).ToList();
        foreach (var rep in throttled)
        {
            _storm.Plan(FaultHost.ConversationOf(rep), Enumerable.Repeat(ConnectorStorm.TooManyRequests(2), 4));
        }

        var first = await ClockPump.RunAsync(_clock, () => _host.Get<RunScheduleTick>().RunAsync(CancellationToken.None), FakeLimit);
        var afterFirst = await NudgeStatesAsync();
        var attemptsAfterFirst = throttled.Select(rep => _storm.AttemptsTo(FaultHost.ConversationOf(rep))).ToList();
        _clock.Advance(TimeSpan.FromMinutes(1)); // the next tick: a refused send does not wait for the claim's lease
        var second = await ClockPump.RunAsync(_clock, () => _host.Get<RunScheduleTick>().RunAsync(CancellationToken.None), FakeLimit);
        var afterSecond = await NudgeStatesAsync();

        Assert.Equal((12, 6, 0, 6), (first.Actions.Due, first.Actions.Sent, first.Actions.Failed, first.Actions.Deferred));
        Assert.All(throttled, rep => Assert.Equal(ActionState.Pending, afterFirst[rep]));
        Assert.All(reps.Except(throttled), rep => Assert.Equal(ActionState.Completed, afterFirst[rep]));
        Assert.All(attemptsAfterFirst, attempts =>
        {
            Assert.Equal(4, attempts.Count);
            Assert.DoesNotContain(attempts, a => a.Delivered);
            AssertEachRetryWaited(attempts);
        });
        Assert.Equal((6, 6, 0, 0), (second.Actions.Due, second.Actions.Sent, second.Actions.Failed, second.Actions.Deferred));
        Assert.All(reps, rep =>
        {
            Assert.Single(_storm.AttemptsTo(FaultHost.ConversationOf(rep)), a => a.Delivered);
            Assert.Equal(ActionState.Completed, afterSecond[rep]);
        });
    }

    /// <summary>After a 429 the next try came no earlier than its Retry-After; after a 503, later than the failure.</summary>
    private static void AssertEachRetryWaited(IReadOnlyList<SendAttempt> attempts)
    {
        foreach (var (failed, next) in attempts.Zip(attempts.Skip(1)))
        {
            Assert.False(failed.Delivered, "a card was sent again after it was delivered");
            if (failed.RetryAfterSeconds is { } seconds)
            {
                Assert.True(next.At - failed.At >= TimeSpan.FromSeconds(seconds), $"retried {next.At - failed.At} after a 429 with Retry-After: {seconds}");
            }
            else
            {
                Assert.True(next.At > failed.At, $"retried at once after a {failed.Status}");
            }
        }
    }

    private async Task<List<string>> AddRepsAsync(int count)
    {
        var reps = Enumerable.Range(0, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"0b0b0b0b-0000-4000-8000-0000000000{i:00}")).ToList();
        foreach (var rep in reps)
        {
            await _host.AddRepAsync(Team, rep,
                [new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Upside, 10_000m, new DateOnly(2026, 12, 18), Stage.From(50))]);
        }

        return reps;
    }

    private async Task<Dictionary<string, ActionState>> NudgeStatesAsync() =>
        (await _host.Get<IActionLog>().ListWeekAsync(Team, Week, CancellationToken.None))
            .Where(r => r.Kind == ScheduledActionKind.Nudge)
            .ToDictionary(r => r.Subject, r => r.State, StringComparer.Ordinal);
}
