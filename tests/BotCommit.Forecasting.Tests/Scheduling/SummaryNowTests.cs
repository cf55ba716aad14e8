using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using static BotCommit.Testing.Scheduling.ScheduleWorld;

namespace BotCommit.Forecasting.Tests.Scheduling;

public sealed class SummaryNowTests
{
    // Berlin, week 2026-W49: deadline Mon 06:00Z, summary 07:00Z, call 08:00Z.
    private static readonly ForecastWeek s_w49 = ForecastWeek.FromMonday(new DateOnly(2026, 11, 30));

    [Fact]
    public async Task RunAsync_BeforeTheDeadline_IsTooEarlyUnlessForced()
    {
        var world = await WorldAsync(Utc(2026, 11, 30, 5));

        var refused = await world.NewSummaryNow().RunAsync(TeamId.From("t"), force: false, CancellationToken.None);
        var forced = await world.NewSummaryNow().RunAsync(TeamId.From("t"), force: true, CancellationToken.None);

        Assert.Equal(ManualTriggerStatus.TooEarly, refused.Status);
        Assert.Equal(1, forced.Actions.Sent);
        Assert.Single(world.Notifier.Calls);
    }

    [Fact]
    public async Task RunAsync_AfterTheDeadline_PostsOnceAndTheScheduleDoesNotRepeatIt()
    {
        var world = await WorldAsync(Utc(2026, 11, 30, 6, 30));

        var result = await world.NewSummaryNow().RunAsync(TeamId.From("t"), force: false, CancellationToken.None);
        await world.WalkAsync(Utc(2026, 11, 30, 9));
        var again = await world.NewSummaryNow().RunAsync(TeamId.From("t"), force: false, CancellationToken.None);

        Assert.Equal(1, result.Actions.Sent);
        Assert.Equal(1, again.Actions.AlreadyHandled);
        var summary = Assert.Single(world.Notifier.Calls, c => c.Kind == ScheduledActionKind.Summary);
        Assert.Equal(s_w49, summary.Week);
        Assert.False(summary.Late);
    }

    [Fact]
    public async Task RunAsync_ForcedAfterTheCall_PostsAgainMarkedLate()
    {
        var world = await WorldAsync(Utc(2026, 11, 30, 7));
        await world.WalkAsync(Utc(2026, 11, 30, 7));
        world.Time.SetUtcNow(Utc(2026, 11, 30, 10));

        var result = await world.NewSummaryNow().RunAsync(TeamId.From("t"), force: true, CancellationToken.None);

        Assert.Equal(1, result.Actions.Sent);
        Assert.Equal([false, true], world.Notifier.Calls.Where(c => c.Kind == ScheduledActionKind.Summary).Select(c => c.Late));
        Assert.Equal("posted late on request", (await world.RecordAsync(TeamId.From("t"), s_w49, ActionRecord.TeamSubject, ScheduledActionKind.Summary))!.Detail);
    }

    [Fact]
    public async Task RunAsync_UnknownTeam_IsRefused()
    {
        var world = await WorldAsync(Utc(2026, 11, 30, 7));

        var result = await world.NewSummaryNow().RunAsync(TeamId.From("other"), force: true, CancellationToken.None);

        Assert.Equal(ManualTriggerStatus.TeamNotFound, result.Status);
        Assert.Null(result.Week);
        Assert.Empty(world.Notifier.Calls);
    }

    private static async Task<ScheduleWorld> WorldAsync(DateTimeOffset now)
    {
        var world = new ScheduleWorld(now);
        await world.AddTeamAsync("t", "Europe/Berlin", t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49.Previous] = "before" },
        });
        return world;
    }
}
