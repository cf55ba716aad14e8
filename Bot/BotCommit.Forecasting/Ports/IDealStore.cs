using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>The current pipeline per rep (what the next nudge card shows).</summary>
public interface IDealStore
{
    Task<IReadOnlyList<DealForecast>> ListAsync(TeamId team, RepId rep, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>>> ListTeamAsync(TeamId team, CancellationToken cancellationToken);

    /// <summary>Makes the rep's set of deals exactly <paramref name="deals"/> (deals not listed are removed).</summary>
    Task ReplaceAsync(TeamId team, RepId rep, IReadOnlyList<DealForecast> deals, CancellationToken cancellationToken);
}
