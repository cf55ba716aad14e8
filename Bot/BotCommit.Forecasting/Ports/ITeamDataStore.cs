using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// All of one team's stored data at once, for deleting a closed team (<see cref="Admin.TeamDataErasure"/>). Both walks
/// stream: rows are read a page at a time (keys only) and never loaded as a whole table.
/// </summary>
public interface ITeamDataStore
{
    /// <summary>Counts the team's rows in every table.</summary>
    Task<TeamDataCounts> CountAsync(TeamSettings team, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every row of the team — roster (and its membership index), deals, submissions, revisions, delivery records,
    /// its audit log, its channels' conversation references — and the settings row last, so an interrupted deletion
    /// leaves a closed team that can be deleted again. Idempotent. Returns what this call deleted.
    /// </summary>
    Task<TeamDataCounts> DeleteAsync(TeamSettings team, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="record"/> where no team's deletion removes it.</summary>
    Task RecordErasureAsync(TeamErasureRecord record, CancellationToken cancellationToken);

    /// <summary>The latest erasure records, newest first.</summary>
    Task<IReadOnlyList<TeamErasureRecord>> ListErasuresAsync(int max, CancellationToken cancellationToken);
}
