using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using static BotCommit.Testing.Scheduling.ScheduleWorld;
using K = BotCommit.Forecasting.Ports.ScheduledActionKind;

namespace BotCommit.Forecasting.Tests.Scheduling;

/// <summary>
/// The delivery record's states across crashes (DeliveryRunner driven through the tick and "nudge now", each
/// new instance with a fresh runner over the same action log). Berlin team, week 2026-W49: ber's nudge is due Sunday
/// 2026-11-29 15:00Z, the first reminder at 19:00Z; lease 10 minutes.
/// </summary>
public sealed class DeliveryRunnerTests
{
    private const string DeliveryUnknown = ActionRecord.DeliveryUnknownDetail;
    private static readonly ForecastWeek s_w49 = ForecastWeek.FromMonday(new DateOnly(2026, 11, 30));

    [Theory]
    [InlineData(ActionState.Claimed, 9, 0, ActionState.Claimed, null)]       // claimed just now by a live instance: its own
    [InlineData(ActionState.Claimed, 10, 1, ActionState.Completed, null)]    // the owner died before the wire: nothing can have arrived
    [InlineData(ActionState.Sending, 9, 0, ActionState.Sending, null)]       // a live instance is sending
    [InlineData(ActionState.Sending, 10, 0, ActionState.Failed, DeliveryUnknown)] // died mid-send: unknown, never re-sent blindly
    [InlineData(ActionState.Completed, 60, 0, ActionState.Completed, null)]
    [InlineData(ActionState.Failed, 60, 0, ActionState.Failed, "unreachable: no chat")]
    public async Task RunAsync_FreshInstanceAfterACrashInEachState_SendsOnlyWhatCannotHaveArrived(
        ActionState crashedIn, int minutesAgo, int expectedSends, ActionState expectedState, string? expectedDetail)
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        await world.Actions.SaveAsync(
            new ActionRecord(team.Id, s_w49, "ber", K.Nudge)
            {
                State = crashedIn,
                UpdatedAt = world.Time.GetUtcNow().AddMinutes(-minutesAgo),
                Detail = crashedIn == ActionState.Failed ? "unreachable: no chat" : null,
            },
            null,
            CancellationToken.None);

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(expectedSends, world.Notifier.Calls.Count);
        var record = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!;
        Assert.Equal(expectedState, record.State);
        Assert.Equal(expectedDetail, record.Detail);
        Assert.Equal(expectedDetail == DeliveryUnknown ? 1 : 0, result.Actions.DeliveryUnknown);
    }

    [Fact]
    public async Task RunAsync_WhileTheNotifierRuns_TheRecordSaysSending()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        ActionState? seen = null;
        world.Notifier.Delivering = async (_, _) => seen = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))?.State;

        await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(ActionState.Sending, seen);
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_InstanceStoppedAfterTeamsAcceptedTheCard_NotSentAgainReportedAsDeliveryUnknown()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        using var stop = new CancellationTokenSource();
        world.Notifier.Delivering = async (_, token) =>
        {
            await stop.CancelAsync(); // the process stops after Teams took the card, before the outcome is recorded
            token.ThrowIfCancellationRequested();
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.NewTick().RunAsync(stop.Token));
        world.Notifier.Delivering = null;
        world.Time.Advance(Minute);

        var results = await world.WalkAsync(Utc(2026, 11, 29, 19), world.NewTick());

        Assert.Equal([Utc(2026, 11, 29, 15)], world.Notifier.Calls.Where(c => c.Key == ("ber", K.Nudge)).Select(c => c.At));
        var record = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!;
        Assert.Equal((ActionState.Failed, DeliveryUnknown, Utc(2026, 11, 29, 15, 10)), (record.State, record.Detail, record.UpdatedAt));
        Assert.Equal((1, 1), (results.Sum(r => r.Actions.DeliveryUnknown), results.Sum(r => r.Actions.Failed)));
        Assert.Single(world.Notifier.Calls, c => c.Key == ("ber", K.Reminder1)); // the reminder still carries the card
    }

    [Fact]
    public async Task RunAsync_SendOutlivesTheLease_OtherInstanceRecordsDeliveryUnknownAndTheLateOutcomeDoesNotOverwriteIt()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Notifier.Delivering = async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
        };
        var slow = Task.Run(() => world.NewTick().RunAsync(CancellationToken.None));
        await entered.Task;
        world.Notifier.Delivering = null;
        world.Time.Advance(TimeSpan.FromMinutes(10));

        var other = await world.NewTick().RunAsync(CancellationToken.None);
        release.SetResult();
        await slow;

        Assert.Equal(1, other.Actions.DeliveryUnknown);
        Assert.Single(world.Notifier.Calls);
        Assert.Equal(DeliveryUnknown, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.Detail);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileWaitingForAPermit_RecordStaysClaimedAndTheNextInstanceSends()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        using var stop = new CancellationTokenSource();
        world.Notifier.Queued = async (_, token) =>
        {
            await stop.CancelAsync(); // killed while the card waited in the rate limiter: nothing went on the wire
            token.ThrowIfCancellationRequested();
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.NewTick().RunAsync(stop.Token));
        world.Notifier.Queued = null;
        Assert.Equal(ActionState.Claimed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
        world.Time.Advance(TimeSpan.FromMinutes(10));

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (result.Actions.Sent, result.Actions.DeliveryUnknown));
        Assert.Single(world.Notifier.Calls, c => c.Key == ("ber", K.Nudge));
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileWaitingToRetryAThrottledAttempt_RecordIsClaimedAndTheNextInstanceSends()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        using var stop = new CancellationTokenSource();
        ActionState? duringRetryWait = null;
        world.Notifier.ThrottledFirst = async (_, token) =>
        {
            duringRetryWait = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))?.State;
            await stop.CancelAsync(); // killed while sleeping before the retry: Teams refused the only attempt
            token.ThrowIfCancellationRequested();
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.NewTick().RunAsync(stop.Token));
        world.Notifier.ThrottledFirst = null;
        world.Time.Advance(TimeSpan.FromMinutes(10));

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(ActionState.Claimed, duringRetryWait);
        Assert.Equal((1, 0), (result.Actions.Sent, result.Actions.DeliveryUnknown));
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_ThrottledThenDelivered_EndsCompleted()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        world.Notifier.ThrottledFirst = (_, _) => Task.CompletedTask;

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(1, result.Actions.Sent);
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_ClaimTakenOverWhileWaitingForAPermit_TheFirstSenderDoesNotSend()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var permit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Notifier.Queued = async (_, _) =>
        {
            waiting.TrySetResult();
            await permit.Task;
        };
        var slow = Task.Run(() => world.NewTick().RunAsync(CancellationToken.None));
        await waiting.Task;
        world.Notifier.Queued = null;
        world.Time.Advance(TimeSpan.FromMinutes(10)); // the claim's lease runs out in the queue

        var other = await world.NewTick().RunAsync(CancellationToken.None);
        permit.SetResult();
        var first = await slow;

        Assert.Equal(1, other.Actions.Sent);
        Assert.Equal((0, 1, 0), (first.Actions.Sent, first.Actions.AlreadyHandled, first.Actions.Errors));
        Assert.Single(world.Notifier.Calls);
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_RetryLaterIsReleasedAsPending_AThrowGoesBackToAClaim_BothWithTheReason()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        await world.AddRepAsync(team, "ccu", "Asia/Kolkata");
        world.Notifier.Script("ber", K.Nudge, () => NotifyOutcome.RetryLater("429 after retries"));
        world.Notifier.Script("ccu", K.Nudge, () => throw new HttpRequestException("connector down"));

        await world.NewTick().RunAsync(CancellationToken.None);

        var ber = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!;
        var ccu = (await world.RecordAsync(team.Id, s_w49, "ccu", K.Nudge))!;
        Assert.Equal((ActionState.Pending, "retry later: 429 after retries"), (ber.State, ber.Detail));
        Assert.Equal((ActionState.Claimed, "error: HttpRequestException"), (ccu.State, ccu.Detail));
    }

    [Theory]
    [InlineData(10, false, 1)] // the send was abandoned: the admin's explicit "nudge now" may send it
    [InlineData(9, true, 0)]   // still sending: not even a forced nudge interrupts it
    public async Task NudgeNow_StaleOrLiveSendingRecord_SendsOnlyWhenAbandoned(int minutesAgo, bool force, int expectedSends)
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        await world.Actions.SaveAsync(
            new ActionRecord(team.Id, s_w49, "ber", K.Nudge) { State = ActionState.Sending, UpdatedAt = world.Time.GetUtcNow().AddMinutes(-minutesAgo) },
            null,
            CancellationToken.None);

        var result = await world.NewNudgeNow().RunAsync(team.Id, RepId.From("ber"), force, CancellationToken.None);

        Assert.Equal(expectedSends, result.Actions.Sent);
        Assert.Equal(expectedSends, world.Notifier.Calls.Count);
    }

    [Fact]
    public async Task NudgeNow_RepWhoseDeliveryIsUnknown_IsSentOnRequestWithoutForce()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        await world.Actions.SaveAsync(
            new ActionRecord(team.Id, s_w49, "ber", K.Nudge) { State = ActionState.Failed, UpdatedAt = world.Time.GetUtcNow(), Detail = DeliveryUnknown },
            null,
            CancellationToken.None);

        var result = await world.NewNudgeNow().RunAsync(team.Id, RepId.From("ber"), force: false, CancellationToken.None);

        Assert.Equal(1, result.Actions.Sent);
        var record = (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!;
        Assert.Equal((ActionState.Completed, "sent on request"), (record.State, record.Detail));
    }

    private static async Task<(ScheduleWorld World, TeamSettings Team)> TeamAsync(DateTimeOffset now)
    {
        var world = new ScheduleWorld(now);
        var team = await world.AddTeamAsync("t", "Europe/Berlin", t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49.Previous] = "walk starts mid-week" },
        });
        await world.AddRepAsync(team, "ber", null);
        return (world, team);
    }
}
