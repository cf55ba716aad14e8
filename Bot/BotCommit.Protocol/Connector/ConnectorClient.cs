using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Typed-<see cref="HttpClient"/> implementation of <see cref="IConnectorClient"/>. Order per call: trust check (before
/// any token work), then per attempt: throttle (in this client's <see cref="Lane"/>), observers (the app-wide one, then
/// the call's own), token, send; a 401 forces one token refresh and one more try.
/// </summary>
internal sealed class ConnectorClient(
    HttpClient httpClient,
    IServiceUrlTrust serviceUrlTrust,
    IBotTokenProvider tokenProvider,
    OutboundThrottle throttle,
    ConnectorResilience resilience,
    IOutboundAttemptObserver attemptObserver,
    IOptions<BotAuthenticationOptions> authenticationOptions,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    /// <summary>Where this client's calls wait for a permit (<see cref="OutboundLane"/>).</summary>
    public OutboundLane Lane { get; private init; } = OutboundLane.Unkeyed;

    public IConnectorClient WithLane(OutboundLane lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        return lane == Lane
            ? this
            : new ConnectorClient(httpClient, serviceUrlTrust, tokenProvider, throttle, resilience, attemptObserver, authenticationOptions, timeProvider, logger)
            {
                Lane = lane,
            };
    }

    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, null, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(
        Uri serviceUrl, string conversationId, Activity activity, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(
            HttpMethod.Post, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/activities",
            Serialize(activity, ProtocolJsonContext.Default.Activity),
            ProtocolJsonContext.Default.ResourceResponse, attempts, cancellationToken)!;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= activityId;
        return SendAsync(
            HttpMethod.Post, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Serialize(activity, ProtocolJsonContext.Default.Activity),
            ProtocolJsonContext.Default.ResourceResponse, null, cancellationToken)!;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        activity.Type ??= ActivityTypes.Message;
        return SendAsync(
            HttpMethod.Put, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Serialize(activity, ProtocolJsonContext.Default.Activity),
            ProtocolJsonContext.Default.ResourceResponse, null, cancellationToken)!;
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        await SendAsync(
            HttpMethod.Delete, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            content: null, ProtocolJsonContext.Default.ResourceResponse, null, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CreateConversationAsync(serviceUrl, parameters, null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);

        // Pace per target: the member for 1:1 chats, the channel for new threads.
        var throttleKey = parameters.ChannelData?.Channel?.Id
            ?? (parameters.Members is { Count: > 0 } members ? members[0].Id : null);
        return SendAsync(
            HttpMethod.Post, serviceUrl, conversationId: null, throttleKey,
            "v3/conversations",
            Serialize(parameters, ProtocolJsonContext.Default.ConversationParameters),
            ProtocolJsonContext.Default.ConversationResourceResponse, attempts, cancellationToken)!;
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var query = new StringBuilder("?pageSize=").Append(pageSize.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Append("&continuationToken=").Append(Uri.EscapeDataString(continuationToken));
        }

        return SendAsync(
            HttpMethod.Get, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}",
            content: null, ProtocolJsonContext.Default.PagedMembersResult, null, cancellationToken)!;
    }

    public Task<TeamsChannelAccount> GetMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return SendAsync(
            HttpMethod.Get, serviceUrl, conversationId, conversationId,
            $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}",
            content: null, ProtocolJsonContext.Default.TeamsChannelAccount, null, cancellationToken)!;
    }

    public Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        return SendAsync(
            HttpMethod.Get, serviceUrl, teamId, teamId,
            $"v3/teams/{Escape(teamId)}",
            content: null, ProtocolJsonContext.Default.TeamDetails, null, cancellationToken)!;
    }

    public Task<ConversationList> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        return SendAsync(
            HttpMethod.Get, serviceUrl, teamId, teamId,
            $"v3/teams/{Escape(teamId)}/conversations",
            content: null, ProtocolJsonContext.Default.ConversationList, null, cancellationToken)!;
    }

    /// <summary>Joins base and relative path with exactly one <c>/</c> (Teams serviceUrls usually, not always, end with one).</summary>
    internal static Uri Join(Uri serviceUrl, string relative)
    {
        var text = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text + "/" + relative.TrimStart('/'), UriKind.Absolute);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<T> SendAsync<T>(
        HttpMethod method,
        Uri serviceUrl,
        string? conversationId,
        string? throttleKey,
        string relativePath,
        byte[]? content,
        JsonTypeInfo<T> responseType,
        IOutboundAttemptObserver? callAttempts,
        CancellationToken cancellationToken)
        where T : class, new()
    {
        // Trust first: an untrusted serviceUrl must never cost a token request, let alone receive the token.
        await serviceUrlTrust.EnsureTrustedAsync(serviceUrl, conversationId, cancellationToken).ConfigureAwait(false);
        var uri = Join(serviceUrl, relativePath);
        var useToken = !authenticationOptions.Value.IsAnonymousAllowed;
        var forceRefresh = false;
        for (var authAttempt = 0; ; authAttempt++)
        {
            var sentToken = false;
            var response = await resilience.Pipeline.ExecuteAsync(
                async token =>
                {
                    await throttle.AcquireAsync(throttleKey, Lane, token).ConfigureAwait(false);
                    await attemptObserver.BeforeAttemptAsync(method, uri, token).ConfigureAwait(false);
                    if (callAttempts is not null)
                    {
                        await callAttempts.BeforeAttemptAsync(method, uri, token).ConfigureAwait(false);
                    }

                    var bearer = useToken ? await tokenProvider.GetTokenAsync(forceRefresh, token).ConfigureAwait(false) : null;
                    sentToken = bearer is not null;
                    using var request = new HttpRequestMessage(method, uri);
                    if (bearer is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                    }

                    if (content is not null)
                    {
                        request.Content = new ByteArrayContent(content);
                        request.Content.Headers.ContentType = JsonUtf8;
                    }

                    HttpResponseMessage answer;
                    try
                    {
                        answer = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                    }
                    catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError
                        or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
                    {
                        // Nothing left the process: whoever marked the attempt may send it again.
                        await attemptObserver.NotSentAsync(method, uri, token).ConfigureAwait(false);
                        if (callAttempts is not null)
                        {
                            await callAttempts.NotSentAsync(method, uri, token).ConfigureAwait(false);
                        }

                        throw;
                    }

                    try
                    {
                        await attemptObserver.AfterAttemptAsync(method, uri, answer.StatusCode, token).ConfigureAwait(false);
                        if (callAttempts is not null)
                        {
                            await callAttempts.AfterAttemptAsync(method, uri, answer.StatusCode, token).ConfigureAwait(false);
                        }
                    }
                    catch
                    {
                        answer.Dispose();
                        throw;
                    }

                    return answer;
                },
                cancellationToken).ConfigureAwait(false);

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && sentToken && authAttempt == 0)
                {
                    logger.ConnectorUnauthorizedRetry(method.Method, uri.Host);
                    forceRefresh = true;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw await ToExceptionAsync(response, method, uri, cancellationToken).ConfigureAwait(false);
                }

                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (body.Length == 0)
                {
                    return new T();
                }

                try
                {
                    return JsonSerializer.Deserialize(body, responseType) ?? new T();
                }
                catch (JsonException exception)
                {
                    throw new ConnectorException(
                        $"The Bot Connector answered {(int)response.StatusCode} with a body that is not the expected JSON.", exception);
                }
            }
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, subCode, message) = ConnectorErrorParser.Parse(body);
        logger.ConnectorFailure(method.Method, uri.Host, (int)response.StatusCode, code, subCode);
        return response.StatusCode == HttpStatusCode.RequestEntityTooLarge
            ? new MessageTooLargeException(code, subCode, message)
            : new ConnectorException(response.StatusCode, code, subCode, message, ConnectorResilience.RetryAfter(response, timeProvider));
    }
}
