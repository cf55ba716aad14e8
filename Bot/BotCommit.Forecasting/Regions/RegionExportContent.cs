using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The inputs of a region's summary for <see cref="Week"/> as they stood at <see cref="AsOf"/>, enough to compute it again
/// offline: the tree, per team its settings (on the tree's fiscal calendar), roster and resolved snapshots of W-1 and W,
/// every node's call deadline, every call submission of W under the region (records and revisions alike: which is
/// which follows from the deadline) and the call records of earlier weeks (last week's call, accuracy).
/// </summary>
public sealed record RegionExportContent(
    OrgTree Tree,
    NodeId Region,
    ForecastWeek Week,
    DateTimeOffset AsOf,
    IReadOnlyList<TeamWeekExport> Teams,
    IReadOnlyDictionary<NodeId, DateTimeOffset> Deadlines,
    IReadOnlyList<CallSubmission> Calls,
    IReadOnlyList<CallRecord> History);
