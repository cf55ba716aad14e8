using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Admin;

/// <summary>
/// Deleting a closed team's data (a team that removed BotCommit; <see cref="TeamSettings.IsClosed"/>): first a dry run
/// that counts what would go, then, confirmed, the deletion. An open team is refused (remove BotCommit from it first).
/// The team's own audit log is deleted with the rest (it holds names, targets and amounts); what lasts is the erasure
/// record (<see cref="TeamErasureRecord"/>, written before anything is deleted and again when all is): the team's id,
/// name and tenant, who and when, and the counts. Who may do it (the team's bootstrap admins) is the host's policy.
/// </summary>
public sealed class TeamDataErasure(ITeamSettingsStore teams, ITeamDataStore data, TimeProvider clock)
{
    /// <summary>The dry run: what <see cref="EraseAsync"/> would delete.</summary>
    public async Task<TeamErasureResult> PreviewAsync(TeamId team, CancellationToken cancellationToken)
    {
        var stored = await teams.GetAsync(team, cancellationToken);
        return stored switch
        {
            null => TeamErasureResult.Missing,
            { Value.IsClosed: false } => TeamErasureResult.Open,
            _ => new(TeamErasureStatus.Counted, await data.CountAsync(stored.Value, cancellationToken)),
        };
    }

    public async Task<TeamErasureResult> EraseAsync(TeamId team, RepId actor, CancellationToken cancellationToken)
    {
        var stored = await teams.GetAsync(team, cancellationToken);
        if (stored is null)
        {
            return TeamErasureResult.Missing;
        }

        var settings = stored.Value;
        if (!settings.IsClosed)
        {
            return TeamErasureResult.Open;
        }

        var counted = await data.CountAsync(settings, cancellationToken);
        await data.RecordErasureAsync(Record(settings, actor, TeamErasureStage.Started, counted), cancellationToken);
        var deleted = await data.DeleteAsync(settings, cancellationToken);
        await data.RecordErasureAsync(Record(settings, actor, TeamErasureStage.Completed, deleted), cancellationToken);
        return new(TeamErasureStatus.Erased, deleted);
    }

    private TeamErasureRecord Record(TeamSettings team, RepId actor, TeamErasureStage stage, TeamDataCounts counts) =>
        new(team.Id, team.Name, team.TenantId, actor, clock.GetUtcNow(), stage, counts);
}

public enum TeamErasureStatus
{
    Unknown = 0,

    /// <summary>No such team (already deleted).</summary>
    Missing = 1,

    /// <summary>BotCommit is still in the team: refused.</summary>
    Open = 2,

    /// <summary>The dry run counted (<see cref="TeamErasureResult.Counts"/>).</summary>
    Counted = 3,

    /// <summary>Deleted (<see cref="TeamErasureResult.Counts"/> = rows deleted).</summary>
    Erased = 4,
}

public sealed record TeamErasureResult(TeamErasureStatus Status, TeamDataCounts Counts)
{
    public static TeamErasureResult Missing { get; } = new(TeamErasureStatus.Missing, TeamDataCounts.None);

    public static TeamErasureResult Open { get; } = new(TeamErasureStatus.Open, TeamDataCounts.None);
}
