using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.Deliveries;

/// <summary>
/// A send that may have reached Teams without a certain answer is recorded "delivery unknown" at once and never sent
/// again by the schedule or a nested attempt; only a policy that takes delivery unknown (an admin naming the person)
/// sends it again.
/// </summary>
public sealed class DeliveryUnknownTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly ActionRecord Nudge = new(TeamId.From("t"), ForecastWeek.Parse("2026-W49"), "rep", ScheduledActionKind.Nudge);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActionLog _log = new();

    private DeliveryRunner Runner => new(_log, _time, ScheduleRunOptions.Default);

    public static TheoryData<string> Failures => ["unknown exception", "other exception after the wire", "retry later after the wire"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FailureAfterTheRequestLeft_IsDeliveryUnknown_AndNotSentAgain(string failure)
    {
        var run = await Runner.RunAsync(Nudge, ClaimPolicy.Scheduled, async (attempt, token) =>
        {
            await attempt.OnWireAsync(token);
            return failure switch
            {
                "unknown exception" => throw new DeliveryUnknownException(),
                "other exception after the wire" => throw new TimeoutException(),
                _ => NotifyOutcome.RetryLater("a later message of the send was throttled"),
            };
        }, null, s_none);
        _time.Advance(TimeSpan.FromHours(1));
        var sends = 0;
        foreach (var policy in new[] { ClaimPolicy.Scheduled, ClaimPolicy.Nested, ClaimPolicy.RetryUnreachable })
        {
            await Runner.RunAsync(Nudge, policy, (_, _) => { sends++; return Task.FromResult(NotifyOutcome.Sent); }, null, s_none);
        }

        Assert.Equal(ActionOutcome.DeliveryUnknown, run.Outcome);
        Assert.True((await _log.GetAsync(Nudge.Team, Nudge.Week, Nudge.Subject, Nudge.Kind, s_none))!.Value.IsDeliveryUnknown);
        Assert.Equal(0, sends);
    }

    [Fact]
    public async Task DeliveryUnknown_IsSentAgainOnlyWhenAnAdminNamesThePerson()
    {
        await Runner.RunAsync(Nudge, ClaimPolicy.Scheduled, async (attempt, token) =>
        {
            await attempt.OnWireAsync(token);
            throw new DeliveryUnknownException();
        }, null, s_none);

        var named = await Runner.RunAsync(Nudge, ClaimPolicy.RetryFailed, (_, _) => Task.FromResult(NotifyOutcome.Sent), null, s_none);

        Assert.Equal(ActionOutcome.Sent, named.Outcome);
    }

    [Fact]
    public async Task RefusedUnprocessed_ThenFailing_IsRetriedLater_NotUnknown()
    {
        var run = await Runner.RunAsync(Nudge, ClaimPolicy.Scheduled, async (attempt, token) =>
        {
            await attempt.OnWireAsync(token);
            await attempt.RefusedAsync(token); // a 429: nothing arrived
            return NotifyOutcome.RetryLater("429");
        }, null, s_none);

        Assert.Equal(ActionOutcome.Deferred, run.Outcome);
        Assert.False((await _log.GetAsync(Nudge.Team, Nudge.Week, Nudge.Subject, Nudge.Kind, s_none))!.Value.IsDeliveryUnknown);
    }
}
