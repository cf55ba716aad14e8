using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>Team settings, one item per team.</summary>
public interface ITeamSettingsStore
{
    Task<Versioned<TeamSettings>?> GetAsync(TeamId team, CancellationToken cancellationToken);

    Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="expectedVersion"/> null) or replaces; returns the new version.</summary>
    /// <exception cref="ConcurrencyConflictException">The version does not match, or the item exists on create.</exception>
    Task<string> SaveAsync(TeamSettings settings, string? expectedVersion, CancellationToken cancellationToken);
}
