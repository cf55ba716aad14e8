using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// Finds the team a person checks in for, from their authenticated Entra object id (never from card data): the teams
/// whose roster lists them as an active rep. Someone on several rosters checks in for the first by team id; that is
/// rare (one sales team per rep) and documented in the README.
/// </summary>
internal sealed class RepContextResolver(IRosterStore roster, ITeamSettingsStore teams, TimeProvider clock)
{
    public async Task<RepContext?> ResolveAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId) || aadObjectId.Length > RepId.MaxLength)
        {
            return null;
        }

        var repId = RepId.From(aadObjectId);
        var memberships = await roster.FindMembershipsAsync(repId, cancellationToken);
        foreach (var membership in memberships.Where(m => m.Active).OrderBy(m => m.Team.Value, StringComparer.Ordinal))
        {
            var settings = await teams.GetAsync(membership.Team, cancellationToken);
            var rep = await roster.GetAsync(membership.Team, repId, cancellationToken);
            if (settings is null || rep is null)
            {
                continue;
            }

            var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZoneId);
            var week = ForecastWeek.ForSubmissionAt(clock.GetUtcNow(), zone);
            return new RepContext(settings.Value, rep, week, zone);
        }

        return null;
    }
}
