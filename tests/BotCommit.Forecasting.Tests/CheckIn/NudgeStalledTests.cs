using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.CheckIn;

/// <summary>
/// The Sunday nudge's card marks the rep's stalled deals as the card of the rep's own turns does (the one rule,
/// <see cref="CheckIn.PrepareCheckIn.Stalled"/>), from the seven weeks of snapshots the tick reads once for the team. The
/// history is that of <see cref="CheckInStalledTests"/> (W = 2026-W49): d1 in 50 % for 42 days, d2 slipped twice, d3 not
/// stalled; another rep's identical d1 is stalled for that rep only. Team in UTC: nudge Sunday 2026-11-29 16:00.
/// </summary>
public sealed class NudgeStalledTests
{
    private static readonly ForecastWeek Week = Given.Week("2026-W49");

    [Fact]
    public async Task ScheduledNudge_MarksEachRepsOwnStalledDeals_OnTheCard()
    {
        var world = await WorldAsync();

        await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(["d1", "d2"], Marked(world, "rep-a"));
        Assert.Equal(["d9"], Marked(world, "rep-b"));
        Assert.Equal([StallReason.LongInStage], world.Notifier.CheckIns["rep-a"].Stalled.Single(s => s.History.Deal.Id.Value == "d1").Reasons);
        Assert.Empty(Marked(world, "rep-c")); // no history: nothing marked
    }

    [Fact]
    public async Task NudgeNow_MarksTheStalledDeals_Too()
    {
        var world = await WorldAsync();

        await world.NewNudgeNow().RunAsync(Given.Team, null, force: false, CancellationToken.None);

        Assert.Equal(["d1", "d2"], Marked(world, "rep-a"));
        Assert.Equal(["d9"], Marked(world, "rep-b"));
    }

    private static List<string> Marked(ScheduleWorld world, string rep) =>
        [.. world.Notifier.CheckIns[rep].Stalled.Select(s => s.History.Deal.Id.Value).Order(StringComparer.Ordinal)];

    private static async Task<ScheduleWorld> WorldAsync()
    {
        var world = new ScheduleWorld(new DateTimeOffset(2026, 11, 29, 16, 0, 30, TimeSpan.Zero));
        var team = await world.AddTeamAsync(Given.Team.Value, "UTC");
        await world.AddRepAsync(team, "rep-a", "UTC");
        await world.AddRepAsync(team, "rep-b", "UTC");
        await world.AddRepAsync(team, "rep-c", "UTC");
        for (var back = 7; back >= 1; back--)
        {
            var listed = ForecastWeek.FromMonday(Week.Monday.AddDays(-7 * back));
            var close2 = back >= 4 ? "2026-12-10" : back == 3 ? "2026-12-17" : "2026-12-24";
            var d3 = back <= 2 ? "; d3 Pipeline 30 2027-02-01 s60" : "; d3 Pipeline 30 2027-02-01 s25";
            await world.Submissions.SaveAsync(Given.Snapshot(listed, "d1 Pipeline 80 2027-03-01 s50; d2 Upside 40 " + close2 + (back == 7 ? " s60" : " s70") + d3), null, CancellationToken.None);
            await world.Submissions.SaveAsync(Given.Snapshot(listed, "d9 Pipeline 80 2027-03-01 s50", rep: RepId.From("rep-b")), null, CancellationToken.None);
        }

        await world.Deals.ReplaceAsync(Given.Team, Given.RepA, Given.Deals("d1 Pipeline 80 2027-03-01 s50; d2 Upside 40 2026-12-24 s70; d3 Pipeline 30 2027-02-01 s60"), CancellationToken.None);
        await world.Deals.ReplaceAsync(Given.Team, RepId.From("rep-b"), Given.Deals("d9 Pipeline 80 2027-03-01 s50"), CancellationToken.None);
        await world.Deals.ReplaceAsync(Given.Team, RepId.From("rep-c"), Given.Deals("d5 Pipeline 10 2027-03-01 s50"), CancellationToken.None);
        return world;
    }
}
