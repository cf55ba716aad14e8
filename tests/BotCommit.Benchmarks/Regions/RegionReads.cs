using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Summary;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Benchmarks.Regions;

/// <summary>
/// The baseline of <see cref="RegionBenchmark"/>: exactly the storage reads <see cref="RegionWeekReader"/> makes for a
/// subtree and week, in its order, keeping the rows and nothing else — the tree; per team its settings, roster, the
/// snapshots of W-15..W (<see cref="ComposeWeeklySummary.WeeksBack"/>) and the revisions of W-1 and W; per node its
/// call submissions of W and its call records of W-13..W-1.
/// </summary>
internal static class RegionReads
{
    /// <summary>Storage queries of one pass: the tree, per team 2 + (WeeksBack + 1) + 2, per node 2.</summary>
    public static int Queries(int teams, int nodes) => 1 + (teams * (2 + ComposeWeeklySummary.WeeksBack + 1 + 2)) + (nodes * 2);

    /// <returns>The number of rows read.</returns>
    public static async Task<int> ReadAsync(AzureTablesStorage storage, NodeId top, ForecastWeek week, CancellationToken cancellationToken)
    {
        var tree = (await storage.OrgTree.GetAsync(cancellationToken))!.Value;
        var rows = tree.Nodes.Count;
        foreach (var node in tree.TeamsUnder(top))
        {
            var team = node.Team!.Value;
            rows += (await storage.Teams.GetAsync(team, cancellationToken)) is null ? 0 : 1;
            rows += (await storage.Roster.ListAsync(team, cancellationToken)).Count;
            for (var back = ComposeWeeklySummary.WeeksBack; back >= 0; back--)
            {
                rows += (await storage.Submissions.ListWeekAsync(team, ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back)), cancellationToken)).Count;
            }

            rows += (await storage.Submissions.ListRevisionsAsync(team, week.Previous, cancellationToken)).Count;
            rows += (await storage.Submissions.ListRevisionsAsync(team, week, cancellationToken)).Count;
        }

        var firstMeasured = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * CallAccuracyCalculator.Weeks));
        foreach (var node in tree.Subtree(top))
        {
            rows += (await storage.Calls.ListSubmissionsAsync(node.Id, week, cancellationToken)).Count;
            rows += (await storage.Calls.ListRecordsAsync(node.Id, firstMeasured, week, cancellationToken)).Count;
        }

        return rows;
    }
}
