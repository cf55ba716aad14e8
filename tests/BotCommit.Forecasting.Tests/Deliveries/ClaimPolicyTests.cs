using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.Deliveries;

/// <summary>
/// The delivery runner's policies beyond the schedule's (covered by DeliveryRunnerTests): nested parts of a delivery,
/// once-per-install cards, and payloads kept across attempts.
/// </summary>
public sealed class ClaimPolicyTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TeamId Team = TeamId.From("t");
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActionLog _log = new();

    private DeliveryRunner Runner => new(_log, _time, ScheduleRunOptions.Default);

    private static ActionRecord Reply => new(Team, Week, "rep@root", ScheduledActionKind.SummaryReply);

    [Fact]
    public async Task Nested_RefusedForNow_IsPendingAndTakenAtOnceByTheNextAttempt()
    {
        var first = await Runner.RunAsync(Reply, ClaimPolicy.Nested, (_, _) => Task.FromResult(NotifyOutcome.RetryLater("429")), null, s_none);
        var pending = await _log.GetAsync(Team, Week, Reply.Subject, Reply.Kind, s_none);
        var second = await Runner.RunAsync(Reply, ClaimPolicy.Nested, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);

        Assert.Equal(ActionOutcome.Deferred, first.Outcome);
        Assert.Equal(ActionState.Pending, pending?.Value.State);
        Assert.Equal(ActionOutcome.Sent, second.Outcome);
    }

    [Fact]
    public async Task Scheduled_RefusedForNow_IsPendingAndTakenAtOnce_AThrowWaitsForTheLease()
    {
        var refused = await Runner.RunAsync(Reply, ClaimPolicy.Scheduled, (_, _) => Task.FromResult(NotifyOutcome.RetryLater("429")), null, s_none);
        var retried = await Runner.RunAsync(Reply, ClaimPolicy.Scheduled, (_, _) => throw new HttpRequestException("down"), null, s_none);
        var atOnce = await Runner.RunAsync(Reply, ClaimPolicy.Scheduled, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);
        _time.Advance(ScheduleRunOptions.Default.ClaimLease);
        var afterLease = await Runner.RunAsync(Reply, ClaimPolicy.Scheduled, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);

        Assert.Equal(
            (ActionOutcome.Deferred, ActionOutcome.Error, ActionOutcome.AlreadyHandled, ActionOutcome.Sent),
            (refused.Outcome, retried.Outcome, atOnce.Outcome, afterLease.Outcome));
    }

    [Fact]
    public async Task Nested_DeliveryUnknown_IsNeverSentAgain()
    {
        var sends = 0;
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner.RunAsync(Reply, ClaimPolicy.Nested, async (attempt, token) =>
        {
            await attempt.OnWireAsync(token);
            await stop.CancelAsync(); // the instance stops with the request on the wire
            token.ThrowIfCancellationRequested();
            return NotifyOutcome.Sent;
        }, null, stop.Token));
        _time.Advance(ScheduleRunOptions.Default.ClaimLease);

        var afterCrash = await Runner.RunAsync(Reply, ClaimPolicy.Nested, (_, _) => { sends++; return Task.FromResult(NotifyOutcome.Sent); }, null, s_none);
        var again = await Runner.RunAsync(Reply, ClaimPolicy.Nested, (_, _) => { sends++; return Task.FromResult(NotifyOutcome.Sent); }, null, s_none);

        Assert.Equal((ActionOutcome.DeliveryUnknown, ActionOutcome.AlreadyHandled, 0), (afterCrash.Outcome, again.Outcome, sends));
    }

    [Fact]
    public async Task AgainAfter_ASecondInstallEventSoonAfter_IsTheSameInstall_ALaterOneIsNew()
    {
        var welcome = DeliveryScope.Welcome("a:personal-chat");
        var policy = ClaimPolicy.AgainAfter(TimeSpan.FromSeconds(15));
        var first = await Runner.RunAsync(welcome, policy, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);
        _time.Advance(TimeSpan.FromSeconds(5));
        var pair = await Runner.RunAsync(welcome, policy, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);
        _time.Advance(TimeSpan.FromMinutes(1));
        var reinstall = await Runner.RunAsync(welcome, policy, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);

        Assert.Equal((ActionOutcome.Sent, ActionOutcome.AlreadyHandled, ActionOutcome.Sent), (first.Outcome, pair.Outcome, reinstall.Outcome));
    }

    [Fact]
    public async Task Payload_KeptOnTheClaim_IsHandedToTheNextAttemptAndStoredOnCompletion()
    {
        var change = new LateChange(_time.GetUtcNow(), 12m, -5m);
        await _log.SaveAsync(new ActionRecord(Team, Week, "rep@1", ScheduledActionKind.LateChangePost)
        {
            State = ActionState.Pending,
            UpdatedAt = _time.GetUtcNow(),
            Payload = change,
        }, null, s_none);
        DeliveryPayload? seen = null;

        var run = await Runner.RunAsync(new ActionRecord(Team, Week, "rep@1", ScheduledActionKind.LateChangePost), ClaimPolicy.Nested, (attempt, _) =>
        {
            seen = attempt.Payload;
            return Task.FromResult(NotifyOutcome.Sent);
        }, null, s_none);

        Assert.Equal(ActionOutcome.Sent, run.Outcome);
        Assert.Equal(change, seen);
        var stored = await _log.GetAsync(Team, Week, "rep@1", ScheduledActionKind.LateChangePost, s_none);
        Assert.Equal((ActionState.Completed, (DeliveryPayload)change), (stored!.Value.State, stored.Value.Payload!));
    }
}
