using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// Recomputes a region's summary from its export (<see cref="RegionExportJson"/>), as the bot does
/// (<see cref="RegionWeekReader"/> then <see cref="RegionSummaryCalculator"/>): each team's Monday summary from its
/// settings and submissions (<see cref="OfflineSummary"/>), each node's call resolved at its deadline when that deadline
/// is at or before the export's <c>asOf</c> (<see cref="CallResolver"/>; later ones are still pending), and the history.
/// </summary>
public static class OfflineRegionSummary
{
    public static OfflineRegionSummaryResult Compute(string exportJson)
    {
        var read = RegionExportJson.Read(exportJson);
        if (!read.Succeeded)
        {
            return new OfflineRegionSummaryResult(null, read.Errors);
        }

        var content = read.Content!;
        if (content.Tree.Find(content.Region) is not { IsTeam: false })
        {
            return new OfflineRegionSummaryResult(null, [new JsonError("$.region", $"'{content.Region}' is not a region of the tree")]);
        }

        try
        {
            return new OfflineRegionSummaryResult(Compute(content), []);
        }
        catch (ArgumentException exception)
        {
            return new OfflineRegionSummaryResult(null, [new JsonError("$", exception.Message)]);
        }
    }

    /// <summary>The summary from already read content.</summary>
    /// <exception cref="ArgumentException">A team under the region is missing, or a deadline is missing for a node.</exception>
    public static RegionSummary Compute(RegionExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var teams = new Dictionary<TeamId, WeeklySummary>();
        foreach (var team in content.Teams)
        {
            teams[team.Settings.Id] = OfflineSummary.Compute(team.Settings, team.Roster, team.Snapshots, content.Week);
        }

        var calls = new Dictionary<NodeId, ResolvedCall>();
        foreach (var node in content.Tree.Subtree(content.Region))
        {
            if (!content.Deadlines.TryGetValue(node.Id, out var deadline))
            {
                throw new ArgumentException($"The export has no call deadline for '{node.Id}'.", nameof(content));
            }

            if (deadline <= content.AsOf)
            {
                var made = content.Calls.Where(c => c.Node == node.Id).ToList();
                calls[node.Id] = CallResolver.Resolve(node.Id, content.Week, deadline, made);
            }
        }

        return RegionSummaryCalculator.Compute(new RegionSummaryInput(content.Tree, content.Region, content.Week, teams, calls, content.History));
    }
}
