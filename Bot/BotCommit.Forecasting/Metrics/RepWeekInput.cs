using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// One roster member's input to the weekly summary: their snapshot for W (<see cref="Snapshot"/>, already
/// resolved by <see cref="SnapshotResolver"/>: submitted, carried forward or skipped; null when the rep has never
/// submitted) and for W-1 (<see cref="PreviousSnapshot"/>, the source of "last week commit" and of movements).
/// </summary>
public sealed record RepWeekInput(Rep Rep, Submission? Snapshot, Submission? PreviousSnapshot);
