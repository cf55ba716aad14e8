using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Connector;

/// <summary>Convenience loops over <see cref="IConnectorClient"/>.</summary>
public static class ConnectorClientExtensions
{
    /// <summary>Teams' largest roster page; smaller requests are raised to 50 by Teams anyway.</summary>
    public const int MaxPageSize = 500;

    /// <summary>
    /// Every member of a team or chat, following <c>continuationToken</c> until the last page (protocol doc 5.2).
    /// Each page is one paced, retried connector call.
    /// </summary>
    public static async Task<IReadOnlyList<TeamsChannelAccount>> GetAllMembersAsync(
        this IConnectorClient connector, Uri serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var members = new List<TeamsChannelAccount>();
        string? continuationToken = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, MaxPageSize, continuationToken, cancellationToken)
                .ConfigureAwait(false);
            members.AddRange(page.Members ?? []);
            continuationToken = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuationToken is not null);

        return members;
    }
}
