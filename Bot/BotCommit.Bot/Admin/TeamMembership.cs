using System.Net;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The roster check behind "rights follow membership": asks Teams whether a person is still a member of a team
/// (<c>GET v3/conversations/{teamId}/members/{objectId}</c>). Only a definite "not a member" (404, 403) counts as no;
/// when Teams cannot answer now, the stored rights stand (the <c>membersRemoved</c> event removes them as well).
/// </summary>
internal sealed class TeamMembership(ILogger<TeamMembership> logger)
{
    public async Task<bool> IsMemberAsync(ITurnContext turn, TeamId team, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Uri.TryCreate(turn.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return true;
        }

        try
        {
            await turn.Connector.GetMemberAsync(serviceUrl, team.Value, aadObjectId, cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            AdminLog.AdminNotMember(logger, aadObjectId, team.Value);
            return false;
        }
        catch (Exception exception) when (exception is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            return true;
        }
    }
}
