using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Azurite;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Storage.Tests.Regions;

/// <summary>
/// A region's monthly review on Azurite, through the region tick and the real stores (issue #18 item 2, "regions roll it
/// up"): region "r" over teams t1 (targets 100 a month; reps r1 100*12 and r2 50*12) and t2 (targets 200 a month; r3
/// 200*12, r4 sends nothing). Week 2026-W50 is December's due week (Monday 2026-12-07, the first Monday): when the
/// region's window opens on Monday 12:30 its monthly review is posted once with the summed figures; later ticks post
/// nothing again, and a week that is no month's due week posts none.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RegionMonthlyReviewOnAzuriteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W50");
    private static readonly YearMonth s_month = new(2026, 12);
    private static readonly CancellationToken s_none = CancellationToken.None;

    private readonly AzuriteScope _scope = new(azurite);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    [Fact]
    public async Task DueWeek_RegionMonthlyReviewPostedOnce_WithTheTeamsSummed()
    {
        var storage = (await _scope.GetAsync()).Storage;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        await SeedAsync(storage);
        var delivery = new RecordingRegionDelivery();
        var reader = new RegionWeekReader(storage.Teams, storage.Roster, storage.Submissions, storage.Calls);
        var monthly = new ComputeMonthlyReview(storage.Teams, storage.Roster, storage.Submissions, storage.MonthlyForecasts, storage.Actions);
        var tick = new RunRegionTick(
            storage.OrgTree,
            reader,
            new RecordCall(storage.OrgTree, storage.Calls, reader, clock),
            new ComposeRegionSummary(storage.OrgTree, storage.Calls, reader, clock),
            new DeliveryRunner(storage.Actions, clock, ScheduleRunOptions.Default),
            delivery,
            clock,
            monthly: monthly);

        // Monday 10:00: the teams' calls still run; the region's window is not open.
        await tick.RunAsync(s_none);
        Assert.Empty(delivery.MonthlyReviews);

        // Monday 12:30: the region's summary and then its monthly review go out, once, however often the tick runs.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.Zero));
        await tick.RunAsync(s_none);
        await tick.RunAsync(s_none);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await tick.RunAsync(s_none);
        Assert.Single(delivery.Posts);
        var (region, review) = Assert.Single(delivery.MonthlyReviews);
        Assert.Equal("r", region.Id.Value);
        Assert.Equal(s_month, review.Month);
        Assert.Equal(["t1", "t2"], review.Children.Select(c => c.Node.Id.Value));
        var own = review.Own.Figures;
        Assert.Equal((12 * 100m) + (12 * 50m) + (12 * 200m), own.TwelveMonthForecast); // 4,200
        Assert.Equal(12 * (100m + 200m), own.TwelveMonthTarget); // no target of its own: the teams' sum
        Assert.Equal(4 * 100m, own.OpenPipeline); // one open Commit of 100 per rep, closing in January
        Assert.Equal(400m / 3600m, own.PipelineCoverage);
        Assert.Equal((4, 3, 0.75m), (review.Own.ExpectedCount, review.Own.OnTimeCount, review.Own.Compliance));
        Assert.Contains(MonthlyWarning.ComplianceBelowRequired, review.Own.Warnings);
        var t1 = review.Children[0];
        Assert.Equal(1800m, t1.Figures.TwelveMonthForecast);
        Assert.Equal(1200m, t1.Figures.TwelveMonthTarget);
        Assert.Equal((2, 2), (t1.ExpectedCount, t1.OnTimeCount));
        var key = RunRegionTick.MonthlyReviewKey(NodeId.From("r"), s_week);
        var action = await storage.Actions.GetAsync(key.Team, key.Week, key.Subject, ScheduledActionKind.RegionMonthlyReview, s_none);
        Assert.Equal(ActionState.Completed, action?.Value.State);
    }

    [Fact]
    public void MonthDueIn_IsTheWeekOfTheMonthsFirstMonday()
    {
        Assert.Equal(s_month, RunRegionTick.MonthDueIn(s_week));
        Assert.Null(RunRegionTick.MonthDueIn(ForecastWeek.Parse("2026-W49"))); // Monday 2026-11-30
        Assert.Equal(new YearMonth(2026, 11), RunRegionTick.MonthDueIn(ForecastWeek.Parse("2026-W45"))); // Monday 2026-11-02
    }

    private static async Task SeedAsync(AzureTablesStorage storage)
    {
        var tree = OrgTree.Create(
        [
            new OrgNode(NodeId.From("r"), NodeKind.Region, "R") { Managers = [RepId.From("m-r")] },
            OrgNode.ForTeam(TeamId.From("t1"), "t1") with { Parent = NodeId.From("r"), Managers = [RepId.From("m-t1")] },
            OrgNode.ForTeam(TeamId.From("t2"), "t2") with { Parent = NodeId.From("r"), Managers = [RepId.From("m-t2")] },
        ]);
        await storage.OrgTree.SaveAsync(tree, null, s_none);

        var sunday = new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
        foreach (var (team, target, reps) in new[] { ("t1", 100m, new[] { ("r1", 100m), ("r2", 50m) }), ("t2", 200m, new[] { ("r3", 200m), ("r4", -1m) }) })
        {
            var teamId = TeamId.From(team);
            var targets = MonthlyCalendar.Window(s_month).ToDictionary(m => m.ToString(), _ => target);
            await storage.Teams.SaveAsync(new TeamSettings(teamId) { Name = team, MonthTargets = targets }, null, s_none);
            foreach (var (id, forecast) in reps)
            {
                var rep = RepId.From(id);
                await storage.Roster.SaveAsync(new Rep(teamId, rep, "Rep " + id), null, s_none);
                var deal = new DealForecast(DealId.From("c-" + id), "Acme", "Renewal", ForecastCategory.Commit, 100m, new DateOnly(2027, 1, 15), Stage.From(50));
                await storage.Submissions.SaveAsync(new Submission(teamId, s_week, rep, [deal]) { SubmittedAt = sunday }, null, s_none);
                if (forecast >= 0m)
                {
                    var lines = MonthlyCalendar.Window(s_month).Select(m => new MonthForecastLine(m, forecast, 0m)).ToArray();
                    await storage.MonthlyForecasts.AddAsync(new MonthlyForecast(teamId, rep, s_month, lines) { SubmittedAt = sunday }, s_none);
                }
            }
        }
    }
}
