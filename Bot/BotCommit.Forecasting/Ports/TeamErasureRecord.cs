using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The lasting trace of a closed team's data being deleted (the team's own audit log goes with its data): which team
/// (id, name and tenant), who, when, and the rows counted before (<see cref="TeamErasureStage.Started"/>) or deleted
/// (<see cref="TeamErasureStage.Completed"/>). Holds no pipeline data.
/// </summary>
public sealed record TeamErasureRecord(TeamId Team, string TeamName, string? TenantId, RepId Actor, DateTimeOffset At, TeamErasureStage Stage, TeamDataCounts Counts);

/// <summary>Written before the first row is deleted, then once all are.</summary>
public enum TeamErasureStage
{
    Unknown = 0,
    Started = 1,
    Completed = 2,
}
