using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>One team's part of a <see cref="RegionExportContent"/>: what the team's own export writes (settings JSON and submissions CSV).</summary>
public sealed record TeamWeekExport(TeamSettings Settings, IReadOnlyList<Rep> Roster, IReadOnlyList<Submission> Snapshots);
