using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Everything stored about one week under node <see cref="Top"/>, read once (<see cref="RegionWeekReader"/>): the teams'
/// Monday summaries on the tree's calendars, their reps' W snapshots of record, every node's call window, the calls
/// resolved for the nodes whose deadline has passed at <see cref="AsOf"/>, and the call records of W-13..W-1.
/// </summary>
public sealed record RegionWeek(
    OrgTree Tree,
    NodeId Top,
    ForecastWeek Week,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<TeamId, TeamSettings> TeamSettings,
    IReadOnlyDictionary<TeamId, WeeklySummary> Summaries,
    IReadOnlyDictionary<TeamId, IReadOnlyList<Submission>> Snapshots,
    IReadOnlyDictionary<NodeId, CallWindow> Windows,
    IReadOnlyDictionary<NodeId, ResolvedCall> Calls,
    IReadOnlyDictionary<NodeId, IReadOnlyList<CallSubmission>> Submissions,
    IReadOnlyList<CallRecord> History)
{
    /// <summary>Each team's summary composition (its roster and resolved W-1 and W snapshots): what a region's export writes per team.</summary>
    public IReadOnlyDictionary<TeamId, WeeklySummaryComposition> Compositions { get; init; } = new Dictionary<TeamId, WeeklySummaryComposition>();

    /// <summary>Every node under (and at) <see cref="Top"/> rolled up, children before parents.</summary>
    public IReadOnlyList<NodeWeek> RollUp() => RollUpCalculator.Compute(Tree, Top, Week, Summaries, Calls);

    /// <summary>The region's summary (<see cref="Top"/> must be a region).</summary>
    public RegionSummary Summary() =>
        RegionSummaryCalculator.Compute(new RegionSummaryInput(Tree, Top, Week, Summaries, Calls, History));

    /// <summary>
    /// What an export of the region's week holds (<see cref="RegionExportContent"/>): the tree, every team's settings on
    /// the tree's calendar with its roster and resolved W-1 and W snapshots, the call deadlines, every call submission
    /// of W under the region and the records of W-13..W-1.
    /// </summary>
    public RegionExportContent Export() =>
        new(
            Tree,
            Top,
            Week,
            AsOf,
            [.. Compositions.OrderBy(c => c.Key.Value, StringComparer.Ordinal).Select(c => new TeamWeekExport(
                TeamSettings[c.Key],
                c.Value.Roster,
                [.. c.Value.PreviousSnapshots.Values.Concat(c.Value.Snapshots.Values).OrderBy(s => s.Week).ThenBy(s => s.Rep.Value, StringComparer.Ordinal)]))],
            Windows.ToDictionary(w => w.Key, w => w.Value.Deadline),
            [.. Submissions.OrderBy(s => s.Key).SelectMany(s => s.Value)],
            History);
}
