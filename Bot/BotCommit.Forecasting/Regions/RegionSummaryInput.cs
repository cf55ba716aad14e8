using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Everything a region's summary for <see cref="Week"/> depends on: the tree, the Monday summaries of the teams under the
/// region, the resolved calls of the nodes under it (the region's own may be absent: its call is still ahead), and the
/// records of earlier weeks (at least W-1 for last week's call; W-13..W-1 for accuracy). No clock and no I/O.
/// </summary>
public sealed record RegionSummaryInput(
    OrgTree Tree,
    NodeId Region,
    ForecastWeek Week,
    IReadOnlyDictionary<TeamId, WeeklySummary> Teams,
    IReadOnlyDictionary<NodeId, ResolvedCall> Calls,
    IReadOnlyList<CallRecord> History);
