using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Display names for Entra object ids: the team's roster first, else the name Teams gave with the person's personal
/// chat with BotCommit (admins are often not on the roster). Null when neither knows the person.
/// </summary>
internal sealed class PeopleNames(IRosterStore roster, IConversationReferenceStore references)
{
    public async Task<string?> NameOfAsync(TeamId team, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        if (aadObjectId.Length <= RepId.MaxLength
            && await roster.GetAsync(team, RepId.From(aadObjectId), cancellationToken) is { Value.DisplayName: { Length: > 0 } name })
        {
            return name;
        }

        var reference = await references.GetForUserAsync(aadObjectId, cancellationToken);
        return reference?.User?.Name is { Length: > 0 } referenceName ? referenceName : null;
    }

    /// <summary>The names of the team's own admins that are known (bootstrap admins are not listed: they are configuration).</summary>
    public async Task<IReadOnlyList<string>> AdminNamesAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var names = new List<string>();
        foreach (var admin in team.Admins)
        {
            if (await NameOfAsync(team.Id, admin.Value, cancellationToken) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
