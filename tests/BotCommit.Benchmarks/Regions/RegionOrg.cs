using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Benchmarks.Regions;

/// <summary>
/// Seeds the org of <see cref="RegionBenchmark"/>: a root region over ⌈T / per region⌉ regions of teams (targets on every
/// team), R reps per team with D deals in each of W-1 and W (submitted on time), a call by every team manager but one
/// in seven (a figure set with a note), a call by every other regional manager, and last week's call record of every
/// node (so attainment and accuracy are computed).
/// </summary>
internal static class RegionOrg
{
    public static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49"); // Monday 2026-11-30

    public static readonly NodeId Top = NodeId.From("org");

    /// <summary>Tuesday 12:30 UTC: the teams' and regions' calls are resolved, the org's own is still ahead (its summary's time).</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 12, 1, 12, 30, 0, TimeSpan.Zero);

    private static readonly ForecastCategory[] Categories =
        [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost];

    public sealed record Seeded(int Regions, int Teams, int Nodes, int Calls);

    public static async Task<Seeded> SeedAsync(AzureTablesStorage storage, int teams, int perRegion, int reps, int deals, CancellationToken cancellationToken)
    {
        var regions = (teams + perRegion - 1) / perRegion;
        var nodes = new List<OrgNode> { new(Top, NodeKind.Region, "Org") { Managers = [RepId.From("m-org")] } };
        for (var r = 0; r < regions; r++)
        {
            nodes.Add(new OrgNode(RegionId(r), NodeKind.Region, "Region " + r.ToString(CultureInfo.InvariantCulture)) { Parent = Top, Managers = [Manager(RegionId(r))] });
        }

        for (var t = 0; t < teams; t++)
        {
            var team = TeamIdOf(t);
            nodes.Add(OrgNode.ForTeam(team, "Team " + t.ToString(CultureInfo.InvariantCulture)) with { Parent = RegionId(t / perRegion), Managers = [Manager(NodeId.Of(team))] });
        }

        // A save changes at most 99 nodes (one table transaction), so the org is saved in growing steps, as edits would.
        string? version = null;
        for (var count = Math.Min(nodes.Count, 90); ; count = Math.Min(nodes.Count, count + 90))
        {
            version = await storage.OrgTree.SaveAsync(OrgTree.Create(nodes.Take(count)), version, cancellationToken);
            if (count == nodes.Count)
            {
                break;
            }
        }

        var calls = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), parallel, async (t, ct) =>
        {
            var team = TeamIdOf(t);
            await storage.Teams.SaveAsync(new TeamSettings(team)
            {
                Name = "Team " + t.ToString(CultureInfo.InvariantCulture),
                MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 500_000m, ["2026-12"] = 600_000m },
                QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 1_500_000m },
            }, null, ct);
            var random = new Random(t);
            for (var i = 0; i < reps; i++)
            {
                var rep = RepId.From(team.Value + "-r" + i.ToString("D3", CultureInfo.InvariantCulture));
                await storage.Roster.SaveAsync(new Rep(team, rep, "Rep " + i.ToString(CultureInfo.InvariantCulture)), null, ct);
                foreach (var week in new[] { Week.Previous, Week })
                {
                    var lines = Enumerable.Range(0, deals).Select(d => Deal(random, d, week)).ToList();
                    await storage.Submissions.SaveAsync(
                        new Submission(team, week, rep, lines) { SubmittedAt = new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero) }, null, ct);
                }
            }
        });

        var calledAt = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        foreach (var node in nodes.Where(n => n.Id != Top))
        {
            var index = int.Parse(node.Id.Value.AsSpan(node.Id.Value.Length - 3), CultureInfo.InvariantCulture);
            var makesCall = node.IsTeam ? index % 7 != 0 : index % 2 == 0;
            if (makesCall)
            {
                var at = node.IsTeam ? calledAt : calledAt.AddDays(1);
                await storage.Calls.AddSubmissionAsync(
                    new CallSubmission(node.Id, Week, node.Managers[0], at, [new FigureChange(CallFigure.ThisWeekCommit, 100_000m + index, "one deal slips")], []), cancellationToken);
                calls += node.IsTeam ? 1 : 0;
            }

            var rollUp = new CallFigures(90_000m, 40_000m, 300_000m, 100_000m, 900_000m, 300_000m);
            await storage.Calls.AddRecordAsync(new CallRecord(node.Id, Week.Previous, rollUp, rollUp with { ThisWeekCommit = 95_000m }, node.Managers[0], 80_000m), cancellationToken);
        }

        return new Seeded(regions, teams, nodes.Count, calls);
    }

    private static NodeId RegionId(int index) => NodeId.From("region-" + index.ToString("D3", CultureInfo.InvariantCulture));

    private static TeamId TeamIdOf(int index) => TeamId.From("bench-team-" + index.ToString("D3", CultureInfo.InvariantCulture));

    private static RepId Manager(NodeId node) => RepId.From("m-" + node.Value);

    private static DealForecast Deal(Random random, int index, ForecastWeek week) =>
        new(DealId.From("d" + index.ToString(CultureInfo.InvariantCulture)), "Account " + index.ToString(CultureInfo.InvariantCulture),
            "Deal " + index.ToString(CultureInfo.InvariantCulture), Categories[random.Next(Categories.Length)],
            random.Next(1, 10_000_000) / 100m, week.Monday.AddDays(random.Next(-60, 90)), Stage.All[random.Next(Stage.All.Count)])
        {
            Checklist = random.Next(2) == 0 ? new CommitChecklist(true, true, true, true, true) : CommitChecklist.None,
        };
}
