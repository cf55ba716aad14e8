using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (protocol doc 4.3) against a trusted serviceUrl. Every call is paced (global and per
/// conversation), retried on 412/429/502/503/504 honouring <c>Retry-After</c>, and carries the bot's token only for
/// an allow-listed https host whose serviceUrl was verified by an authenticated activity.
/// Failures: <see cref="UntrustedServiceUrlException"/> (nothing sent), <see cref="MessageTooLargeException"/> (413),
/// <see cref="ConnectorException"/> (any other non-success status).
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>: a new message (1:1) or top-level post.</summary>
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, null, cancellationToken);

    /// <summary>
    /// As <see cref="SendToConversationAsync(Uri, string, Activity, CancellationToken)"/>, telling <paramref name="attempts"/>
    /// about each attempt of this call (after the rate-limit permit, before the wire; and after Teams answered).
    /// </summary>
    Task<ResourceResponse> SendToConversationAsync(
        Uri serviceUrl, string conversationId, Activity activity, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: a reply (thread reply in channels).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: replace a message.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>: create a 1:1 chat or a new channel thread.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CreateConversationAsync(serviceUrl, parameters, null, cancellationToken);

    /// <summary>As <see cref="CreateConversationAsync(Uri, ConversationParameters, CancellationToken)"/>, telling <paramref name="attempts"/> about each attempt.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET v3/conversations/{conversationId}/pagedmembers</c>: one roster page (Teams clamps <paramref name="pageSize"/>
    /// to 50..500). Loop while <see cref="PagedMembersResult.ContinuationToken"/> is not null.
    /// </summary>
    Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary><c>GET v3/conversations/{conversationId}/members/{memberId}</c> (<c>29:</c> id, Entra object id or UPN).</summary>
    Task<TeamsChannelAccount> GetMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    /// <summary><c>GET v3/teams/{teamId}</c>.</summary>
    Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken);

    /// <summary><c>GET v3/teams/{teamId}/conversations</c>: the team's channels.</summary>
    Task<ConversationList> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken);

    /// <summary>
    /// The same client with its calls waiting in <paramref name="lane"/> when the app's budget is spent (the turn's client
    /// is <see cref="OutboundLane.Interactive"/>; without a lane, calls are <see cref="OutboundLane.Unkeyed"/> fan-out).
    /// Clients without pacing (test fakes) return themselves.
    /// </summary>
    IConnectorClient WithLane(OutboundLane lane) => this;
}
