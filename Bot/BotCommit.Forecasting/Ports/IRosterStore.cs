using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>The roster: one item per (team, person).</summary>
public interface IRosterStore
{
    Task<Versioned<Rep>?> GetAsync(TeamId team, RepId rep, CancellationToken cancellationToken);

    Task<IReadOnlyList<Rep>> ListAsync(TeamId team, CancellationToken cancellationToken);

    /// <summary>Every team the person is on.</summary>
    Task<IReadOnlyList<Rep>> FindMembershipsAsync(RepId rep, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="expectedVersion"/> null) or replaces; returns the new version.</summary>
    /// <exception cref="ConcurrencyConflictException">The version does not match, or the item exists on create.</exception>
    Task<string> SaveAsync(Rep rep, string? expectedVersion, CancellationToken cancellationToken);

    Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken);
}
