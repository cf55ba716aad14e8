using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Which team a command applies to. In a team's channel: that team (<c>channelData.team.id</c>); the first command there of
/// someone who could have installed it as admin creates the team's settings if the install event was missed. In a personal (or group) chat: the
/// one team the person administers (bootstrap admins: every team of their tenant) or is on the roster of; with several, the command
/// may end with <c>in &lt;team name&gt;</c> (case-insensitive, the whole name; only the person's own teams count) to pick
/// one, else the person is asked to. A closed team (BotCommit removed) is a candidate only for its bootstrap admins.
/// </summary>
internal sealed class TeamResolver(ITeamSettingsStore teams, IRosterStore roster, AdminPolicy policy, TeamOnboarding onboarding)
{
    private const string InMarker = " in ";

    public async Task<TeamResolution> ResolveAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(arguments);
        var activity = turnContext.Activity;
        var actor = activity.From?.AadObjectId;
        if (activity.GetTeamsTeamId() is { Length: > 0 })
        {
            var stored = await onboarding.EnsureTeamAsync(turnContext, policy.InstallerBecomesAdmin(activity.GetTenantId(), actor), cancellationToken);
            return stored is null
                ? new TeamResolution.NotSetUp()
                : new TeamResolution.Found(stored.Value, WithoutSuffix(arguments, [stored.Value]).Arguments);
        }

        var all = await teams.ListAsync(cancellationToken);
        var candidates = await CandidatesAsync(all, actor, cancellationToken);
        // "… in <team>" picks only among the person's own teams: naming another team reveals nothing, not even its
        // admins, and is never taken for the person's own team either.
        var (rest, named) = WithoutSuffix(arguments, all);
        if (named is not null)
        {
            return candidates.Any(t => t.Id == named.Id) ? new TeamResolution.Found(named, rest) : new TeamResolution.NoTeam();
        }

        return candidates.Count switch
        {
            0 => new TeamResolution.NoTeam(),
            1 => new TeamResolution.Found(candidates[0], arguments),
            _ => new TeamResolution.Ambiguous(candidates),
        };
    }

    /// <summary>Every team the person administers or is an active rep of (bootstrap admins: every team of their tenant).</summary>
    public async Task<IReadOnlyList<TeamSettings>> CandidatesAsync(IReadOnlyList<TeamSettings> all, string? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (string.IsNullOrWhiteSpace(actor))
        {
            return [];
        }

        var memberOf = actor.Length <= RepId.MaxLength
            ? (await roster.FindMembershipsAsync(RepId.From(actor), cancellationToken)).Where(r => r.Active).Select(r => r.Team).ToHashSet()
            : [];
        // A team that removed BotCommit is closed: only its bootstrap admins still reach it (to export its data).
        return all.Where(t => t.IsClosed
                ? policy.IsBootstrapAdminOf(t, actor)
                : policy.IsAdmin(t, actor) || memberOf.Contains(t.Id))
            .ToList();
    }

    // "status in Sales EMEA": the suffix counts only when it names one of the teams exactly (case-insensitive), so a
    // holiday reason such as "skip week W52 holidays in Spain" stays intact.
    private static (string Arguments, TeamSettings? Team) WithoutSuffix(string arguments, IReadOnlyList<TeamSettings> teams)
    {
        var text = " " + arguments;
        for (var at = text.LastIndexOf(InMarker, StringComparison.OrdinalIgnoreCase); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(InMarker, at - 1, StringComparison.OrdinalIgnoreCase))
        {
            var name = text[(at + InMarker.Length)..].Trim();
            var team = teams.FirstOrDefault(t => t.Name.Length > 0 && string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (team is not null)
            {
                return (text[..at].Trim(), team);
            }
        }

        return (arguments, null);
    }
}
