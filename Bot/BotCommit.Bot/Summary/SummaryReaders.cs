using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Who can read a channel, read from Teams when an admin picks it for the summary: the channel's members
/// (<c>GET v3/conversations/{channelId}/pagedmembers</c>, all pages; for a standard channel these are the team's members,
/// for a private or shared channel only the channel's own), and how many of them are active reps on the team's roster.
/// Null when Teams cannot tell now. Read again when the summary is published (<see cref="TeamsSummaryDelivery.CountRepReadersAsync"/>).
/// </summary>
internal sealed class SummaryReaders(IRosterStore roster)
{
    private const int PageSize = 500;

    /// <summary>A limit on pages, so a misbehaving continuation token cannot loop forever (500 × 200 members).</summary>
    private const int MaxPages = 200;

    public async Task<(int Readers, int Reps)?> CountAsync(ITurnContext turn, TeamId team, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Uri.TryCreate(turn.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            ? await CountAsync(turn.Connector, serviceUrl, team, channelId, cancellationToken)
            : null;
    }

    /// <summary>The same, through <paramref name="connector"/> at <paramref name="serviceUrl"/> (a proactive read: the summary's publish).</summary>
    public async Task<(int Readers, int Reps)?> CountAsync(IConnectorClient connector, Uri serviceUrl, TeamId team, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var readers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            string? token = null;
            for (var page = 0; page < MaxPages; page++)
            {
                var result = await connector.GetPagedMembersAsync(serviceUrl, channelId, PageSize, token, cancellationToken);
                foreach (var member in result.Members ?? [])
                {
                    if (member.AadObjectId is { Length: > 0 } objectId)
                    {
                        readers.Add(objectId);
                    }
                }

                token = result.ContinuationToken;
                if (string.IsNullOrEmpty(token))
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            return null;
        }

        var reps = (await roster.ListAsync(team, cancellationToken)).Count(r => r.Active && !r.IsManager && readers.Contains(r.Id.Value));
        return (readers.Count, reps);
    }
}
