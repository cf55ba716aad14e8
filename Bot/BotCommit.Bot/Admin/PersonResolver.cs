using System.Net;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Turns an @mention entity into a person. Teams mentions carry the user's <c>29:</c> id, not the Entra object id, so
/// the team's member record is fetched (<c>GET v3/conversations/{teamId}/members/{id}</c>), which also proves the person
/// is in the team. A mention that already carries an object id (or is one) is taken as is.
/// </summary>
internal sealed class PersonResolver(ILogger<PersonResolver> logger)
{
    /// <returns>The person, or null when they are not a member of the team.</returns>
    public async Task<Person?> ResolveAsync(ITurnContext turn, TeamId team, ChannelAccount mentioned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(mentioned);
        var name = mentioned.Name?.Trim() ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(mentioned.AadObjectId) && mentioned.AadObjectId.Length <= RepId.MaxLength)
        {
            return new Person(RepId.From(mentioned.AadObjectId), name);
        }

        if (mentioned.Id is not { Length: > 0 } id)
        {
            return null;
        }

        if (Guid.TryParse(id, out _))
        {
            return new Person(RepId.From(id), name);
        }

        if (!Uri.TryCreate(turn.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        try
        {
            var member = await turn.Connector.GetMemberAsync(serviceUrl, team.Value, id, cancellationToken);
            return member.AadObjectId is { Length: > 0 and <= RepId.MaxLength } objectId
                ? new Person(RepId.From(objectId), name.Length > 0 ? name : member.Name ?? string.Empty)
                : null;
        }
        catch (ConnectorException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            AdminLog.MemberNotFound(logger, team.Value, (int)exception.StatusCode);
            return null;
        }
    }
}
