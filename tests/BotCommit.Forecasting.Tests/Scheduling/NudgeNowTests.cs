using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using static BotCommit.Testing.Scheduling.ScheduleWorld;
using K = BotCommit.Forecasting.Ports.ScheduledActionKind;

namespace BotCommit.Forecasting.Tests.Scheduling;

public sealed class NudgeNowTests
{
    private static readonly ForecastWeek s_w49 = ForecastWeek.FromMonday(new DateOnly(2026, 11, 30));

    [Fact]
    public async Task RunAsync_WholeTeam_NudgesOnlyExpectedRepsWhoHaveNotSubmitted()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        await world.SubmitAsync(team.Id, s_w49, "done");

        var result = await world.NewNudgeNow().RunAsync(team.Id, null, force: false, CancellationToken.None);

        Assert.Equal(ManualTriggerStatus.Done, result.Status);
        Assert.Equal(s_w49, result.Week);
        Assert.Equal(2, result.Actions.Sent);
        Assert.Equal(["a", "b"], world.Notifier.Calls.Select(c => c.Subject).Order());
    }

    [Fact]
    public async Task RunAsync_RepAlreadyNudged_SendsAgainOnlyWhenForced()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        var nudgeNow = world.NewNudgeNow();
        var rep = RepId.From("a");

        var first = await nudgeNow.RunAsync(team.Id, rep, force: false, CancellationToken.None);
        var again = await nudgeNow.RunAsync(team.Id, rep, force: false, CancellationToken.None);
        var forced = await nudgeNow.RunAsync(team.Id, rep, force: true, CancellationToken.None);

        Assert.Equal(1, first.Actions.Sent);
        Assert.Equal(1, again.Actions.AlreadyHandled);
        Assert.Equal(1, forced.Actions.Sent);
        Assert.Equal(2, world.Notifier.Calls.Count);
        Assert.Equal("sent again on request", (await world.RecordAsync(team.Id, s_w49, "a", K.Nudge))!.Detail);
    }

    [Fact]
    public async Task RunAsync_AfterManualNudge_TheScheduledNudgeIsNotSentAgain()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 14));
        await world.NewNudgeNow().RunAsync(team.Id, RepId.From("a"), force: false, CancellationToken.None);

        await world.WalkAsync(Utc(2026, 11, 29, 15, 5));

        Assert.Single(world.Notifier.Calls, c => c.Key == ("a", K.Nudge));
        Assert.Single(world.Notifier.Calls, c => c.Key == ("b", K.Nudge));
    }

    [Fact]
    public async Task RunAsync_RepWhoseNudgeFailed_IsRetriedWithoutForce()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15));
        world.Notifier.Script("a", K.Nudge, () => NotifyOutcome.Unreachable("bot not installed"));
        await world.NewTick().RunAsync(CancellationToken.None);

        var result = await world.NewNudgeNow().RunAsync(team.Id, RepId.From("a"), force: false, CancellationToken.None);

        Assert.Equal(1, result.Actions.Sent);
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "a", K.Nudge))!.State);
    }

    [Theory]
    [InlineData(9, 0)]   // the schedule claimed it 9 minutes ago and is still sending: even a forced nudge waits
    [InlineData(10, 1)]  // the claim outlived the 10-minute lease: its owner died, so the nudge is sent
    public async Task RunAsync_NudgeClaimedElsewhere_IsSentOnlyOnceTheClaimIsAbandoned(int claimedMinutesAgo, int expectedSent)
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        var claim = new ActionRecord(team.Id, s_w49, "a", K.Nudge)
        {
            State = ActionState.Claimed,
            UpdatedAt = world.Time.GetUtcNow().AddMinutes(-claimedMinutesAgo),
        };
        await world.Actions.SaveAsync(claim, null, CancellationToken.None);

        var result = await world.NewNudgeNow().RunAsync(team.Id, RepId.From("a"), force: true, CancellationToken.None);

        Assert.Equal(expectedSent, result.Actions.Sent);
        Assert.Equal(expectedSent, world.Notifier.Calls.Count);
    }

    [Fact]
    public async Task RunAsync_TwoAdminsAtOnce_EachRepNudgedOnce()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        world.Notifier.YieldBeforeSending = true;

        var results = await Task.WhenAll(
            Task.Run(() => world.NewNudgeNow().RunAsync(team.Id, null, force: false, CancellationToken.None)),
            Task.Run(() => world.NewNudgeNow().RunAsync(team.Id, null, force: false, CancellationToken.None)));

        Assert.Equal(3, results.Sum(r => r.Actions.Sent));           // a, b and done (nobody submitted here)
        Assert.Equal(3, results.Sum(r => r.Actions.AlreadyHandled));
        Assert.Equal(["a", "b", "done"], world.Notifier.Calls.Select(c => c.Subject).Order());
    }

    [Theory]
    [InlineData("nope", null, ManualTriggerStatus.TeamNotFound)]
    [InlineData("t", "stranger", ManualTriggerStatus.RepNotFound)]
    public async Task RunAsync_UnknownTeamOrRep_IsRefused(string teamId, string? repId, ManualTriggerStatus expected)
    {
        var (world, _) = await TeamAsync(Utc(2026, 11, 29, 15, 30));

        var result = await world.NewNudgeNow().RunAsync(TeamId.From(teamId), repId is null ? null : RepId.From(repId), force: false, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Empty(world.Notifier.Calls);
    }

    [Fact]
    public async Task RunAsync_SkippedWeek_IsRefused()
    {
        var (world, team) = await TeamAsync(Utc(2026, 11, 29, 15, 30));
        await world.UpdateTeamAsync(team.Id, t => t with { SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49] = "holiday" } });

        var result = await world.NewNudgeNow().RunAsync(team.Id, null, force: false, CancellationToken.None);

        Assert.Equal(ManualTriggerStatus.WeekSkipped, result.Status);
        Assert.Empty(world.Notifier.Calls);
    }

    private static async Task<(ScheduleWorld World, TeamSettings Team)> TeamAsync(DateTimeOffset now)
    {
        var world = new ScheduleWorld(now);
        var team = await world.AddTeamAsync("t", "Europe/Berlin", t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49.Previous] = "before" },
        });
        await world.AddManagerAsync(team, "boss");
        await world.AddRepAsync(team, "a", null, "boss");
        await world.AddRepAsync(team, "b", null, "boss");
        await world.AddRepAsync(team, "done", null, "boss");
        await world.AddRepAsync(team, "away", null, "boss", r => r with { AwayUntil = s_w49.Sunday });
        await world.SubmitAsync(team.Id, s_w49.Previous, "a", SubmissionStatus.Submitted); // last week's: irrelevant
        return (world, team);
    }
}
