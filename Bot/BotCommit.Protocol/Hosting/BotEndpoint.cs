using System.Net.Http.Headers;
using System.Text.Json;
using BotCommit.Protocol.Authentication;
using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Diagnostics;
using BotCommit.Protocol.Routing;
using BotCommit.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c> (protocol doc 3.2): 405 non-POST → 413 over the size cap (before any token work) → 415
/// non-JSON → 401 missing/malformed Authorization → 400 unreadable activity (or a message, invoke or install event
/// without a conversation id and http(s) serviceUrl to answer to) → 401 invalid token (500 if the metadata
/// cannot be fetched) → 403 for an authenticated activity whose channelId is not <c>msteams</c> → 403 tenant not accepted
/// (<see cref="BotAuthenticationOptions.AcceptsTenant"/>) → de-duplication → dispatch to the host's <see cref="IBot"/>.
/// Non-invokes get 200 with an empty body; invokes the handler's status and JSON body (null → 501); a handler
/// exception is logged and answered 500 with an empty body. Rejection reasons are logged, never returned.
/// Duplicates (same conversation id and activity id, after authentication): a message is acknowledged 200 without dispatch; an invoke gets
/// the first delivery's answer if this process has it (waiting while it runs), else 200 with an empty body.
/// </summary>
internal sealed class BotEndpoint(
    IOptions<BotAuthenticationOptions> options,
    IChannelTokenValidator tokenValidator,
    IActivityDeduplicator deduplicator,
    InvokeResponseCache invokeResponses,
    IConversationReferenceStore referenceStore,
    ServiceUrlTrust serviceUrlTrust,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<BotEndpoint> logger)
{
    private const string BearerScheme = "Bearer";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var settings = options.Value;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            Reject(context, StatusCodes.Status405MethodNotAllowed, "method " + LogValue.Clean(request.Method, 16));
            return;
        }

        if (request.ContentLength > settings.MaxRequestBodyBytes)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, "Content-Length over the cap");
            return;
        }

        if (!IsJson(request.ContentType))
        {
            Reject(context, StatusCodes.Status415UnsupportedMediaType, "content type is not JSON");
            return;
        }

        var body = await ReadBodyAsync(request, settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, "body over the cap");
            return;
        }

        var authorization = request.Headers.Authorization;
        string? token = null;
        if (authorization.Count == 0)
        {
            if (!settings.IsAnonymousAllowed)
            {
                Reject(context, StatusCodes.Status401Unauthorized, "no Authorization header");
                return;
            }
        }
        else if (!TryReadBearer(authorization, out token))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "Authorization header is not 'Bearer <token>'");
            return;
        }

        var activity = Parse(body);
        if (activity is null)
        {
            Reject(context, StatusCodes.Status400BadRequest, "body is not an activity with a type");
            return;
        }

        if (!IsAnswerable(activity))
        {
            Reject(context, StatusCodes.Status400BadRequest, "activity has no conversation id or http(s) serviceUrl to answer to");
            return;
        }

        var isAuthenticated = false;
        if (token is not null)
        {
            var validation = await tokenValidator.ValidateAsync(token, activity, context.RequestAborted).ConfigureAwait(false);
            if (validation.Outcome == ChannelTokenOutcome.MetadataUnavailable)
            {
                logger.MetadataUnavailable(validation.Reason ?? "unknown");
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            if (validation.Outcome != ChannelTokenOutcome.Valid)
            {
                Reject(context, StatusCodes.Status401Unauthorized, validation.Reason ?? "invalid token");
                return;
            }

            isAuthenticated = true;
        }

        // Teams only. An unauthenticated request got this far only in Development's anonymous mode: the Playground,
        // which may be started with another channel id.
        if (isAuthenticated && !string.Equals(activity.ChannelId, BotAuthenticationOptions.TeamsChannelId, StringComparison.OrdinalIgnoreCase))
        {
            Reject(context, StatusCodes.Status403Forbidden, "channel '" + LogValue.Clean(activity.ChannelId, 32) + "' is not msteams");
            return;
        }

        if (!settings.AcceptsTenant(activity.GetTenantId()))
        {
            Reject(context, StatusCodes.Status403Forbidden, "tenant '" + LogValue.Clean(activity.GetTenantId()) + "' is not allowed");
            return;
        }

        await RememberReferenceAsync(activity, isAuthenticated, context.RequestAborted).ConfigureAwait(false);
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);

        // An invoke's answer is registered before de-duplication so a redelivery racing the first delivery waits for it.
        // Activity ids are unique per conversation only: the pair identifies a delivery.
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var answer = new TaskCompletionSource<InvokeResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (isInvoke && !string.IsNullOrEmpty(activity.Id)
            && invokeResponses.TryAdd(conversationId, activity.Id, answer.Task) is { } earlier)
        {
            logger.DuplicateActivity(activity.Id, activity.Type);
            await AnswerDuplicateInvokeAsync(context, earlier).ConfigureAwait(false);
            return;
        }

        if (!string.IsNullOrEmpty(activity.Id)
            && !await deduplicator.TryBeginAsync(conversationId, activity.Id, context.RequestAborted).ConfigureAwait(false))
        {
            logger.DuplicateActivity(activity.Id, activity.Type);
            answer.TrySetResult(null);
            if (isInvoke)
            {
                await AnswerDuplicateInvokeAsync(context, answer.Task).ConfigureAwait(false);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
            }

            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = LogValue.Clean(activity.Id),
            ["ActivityType"] = LogValue.Clean(activity.Type),
            ["ConversationId"] = LogValue.Clean(activity.Conversation?.Id, LogValue.ConversationIdMaxLength),
        });
        var connector = context.RequestServices.GetRequiredService<IConnectorClient>();
        var bot = context.RequestServices.GetRequiredService<IBot>();
        var turn = new TurnContext(activity, isAuthenticated, connector);
        InvokeResponse? response;
        try
        {
            // The handler's work must not be cut short when the channel gives up waiting (it retries after ~15 s):
            // it runs on the application's lifetime, not on the request's abort token.
            response = await RunTurnAsync(bot, turn, lifetime.ApplicationStopping).ConfigureAwait(false);
            answer.TrySetResult(response);
        }
#pragma warning disable CA1031 // The top of the request: log every handler failure and answer 500 (style.md, Errors).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            answer.TrySetResult(null);
            logger.TurnFailed(exception, activity.Id, activity.Type);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        await WriteAsync(context, isInvoke, response).ConfigureAwait(false);
    }

    // Async wrapper so a handler that throws before returning its task still yields a faulted task.
    private static async Task<InvokeResponse?> RunTurnAsync(IBot bot, TurnContext turn, CancellationToken cancellationToken) =>
        await bot.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);

    private static bool IsJson(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType is null)
        {
            return false;
        }

        return string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    // The scheme is compared case-insensitively (RFC 9110 §11.1); exactly one space and one token are required.
    private static bool TryReadBearer(Microsoft.Extensions.Primitives.StringValues header, out string? token)
    {
        token = null;
        if (header.Count != 1 || header[0] is not { } value)
        {
            return false;
        }

        var parts = value.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], BearerScheme, StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
            if (string.IsNullOrWhiteSpace(activity?.Type))
            {
                return null;
            }

            // A null entry in a list is junk, never a member, entity or attachment: drop it so no handler meets it.
            RemoveNulls(activity.MembersAdded);
            RemoveNulls(activity.MembersRemoved);
            RemoveNulls(activity.Entities);
            RemoveNulls(activity.Attachments);
            return activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void RemoveNulls<T>(IList<T>? items)
        where T : class
    {
        for (var i = (items?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (items![i] is null)
            {
                items.RemoveAt(i);
            }
        }
    }

    // Channels put serviceUrl and conversation on every activity (protocol doc 2.1, A2300). The bot answers messages,
    // invokes and install events there; one without them could only fail later, so it is malformed.
    private static bool IsAnswerable(Activity activity) =>
        activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        || (!string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp));

    private static async Task WriteAsync(HttpContext context, bool isInvoke, InvokeResponse? response)
    {
        if (!isInvoke)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response ??= InvokeResponse.NotImplemented();
        context.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, response.Body, ProtocolJsonContext.Wire.JsonNode, context.RequestAborted)
                .ConfigureAwait(false);
        }
    }

    // A redelivered invoke gets the first delivery's answer when this process has it (waiting for it if it is still
    // running); otherwise — processed elsewhere, or the first delivery failed (its answer is then null) — 200 with an
    // empty body.
    private static async Task AnswerDuplicateInvokeAsync(HttpContext context, Task<InvokeResponse?> earlier)
    {
        var response = await earlier.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        await WriteAsync(context, isInvoke: true, response ?? InvokeResponse.Ok()).ConfigureAwait(false);
    }

    // Every authenticated activity refreshes the stored reference (its serviceUrl is verified by the token claim).
    // Anonymous (Development) activities only create references that do not exist yet, never overwrite verified ones.
    private async Task RememberReferenceAsync(Activity activity, bool isAuthenticated, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        if (reference.Conversation is null)
        {
            return;
        }

        if (reference.ChannelIdInTeam is { } channelId
            && string.Equals(reference.Conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase))
        {
            reference.Conversation.Id = channelId;
        }

        var conversationId = reference.Conversation.Id;
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return;
        }

        try
        {
            if (isAuthenticated)
            {
                reference.ServiceUrlVerified = new ServiceUrlVerification { ActivityId = activity.Id, AtUtc = timeProvider.GetUtcNow() };
                if (Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
                {
                    serviceUrlTrust.MarkVerified(serviceUrl);
                }

                await referenceStore.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
            }
            else if (await referenceStore.GetForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
            {
                await referenceStore.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A failing reference store must not fail the user's turn; it is logged.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.ReferenceSaveFailed(exception, conversationId);
        }
    }

    private void Reject(HttpContext context, int statusCode, string reason)
    {
        logger.InboundRejected(statusCode, reason);
        context.Response.StatusCode = statusCode;
    }
}
