using System.Net;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// Proactive sends to stored <see cref="ConversationReference"/>s with the Teams error rules of protocol doc 5.4:
/// 403 <c>BotDisabledByAdmin</c>/<c>ConversationBlockedByUser</c>/<c>MessageWritesBlocked</c> → state <c>blocked</c>;
/// <c>BotNotInConversationRoster</c> → <c>uninstalled</c>; <c>ForbiddenOperationException</c> → <c>notInstalled</c>;
/// 404 <c>ConversationNotFound</c> → the 1:1 conversation is re-created once and the message resent (then
/// <c>notFound</c> if that fails too). The exception is always rethrown after the state is stored, so callers decide.
/// The reference's serviceUrl must be verified (<see cref="ConversationReference.ServiceUrlVerified"/>).
/// </summary>
public sealed class ProactiveMessenger(
    IConnectorClient connector,
    IConversationReferenceStore referenceStore,
    IServiceUrlTrust serviceUrlTrust,
    ILogger<ProactiveMessenger> logger)
{
    /// <summary>
    /// Sends <paramref name="activity"/> into the user's (or channel's) conversation of <paramref name="reference"/>, as
    /// fan-out of the reference's tenant and team (<see cref="DefaultLane"/>).
    /// </summary>
    public Task<ResourceResponse> SendToUserAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        SendToUserAsync(reference, activity, DefaultLane(reference), null, cancellationToken);

    /// <summary>As <see cref="SendToUserAsync(ConversationReference, Activity, OutboundLane, IOutboundAttemptObserver?, CancellationToken)"/>, telling nobody about the attempts.</summary>
    public Task<ResourceResponse> SendToUserAsync(ConversationReference reference, Activity activity, OutboundLane lane, CancellationToken cancellationToken) =>
        SendToUserAsync(reference, activity, lane, null, cancellationToken);

    /// <summary>
    /// Sends <paramref name="activity"/> into the user's (or channel's) conversation of <paramref name="reference"/>,
    /// waiting in <paramref name="lane"/> when the app's budget is spent: <see cref="OutboundLane.FanOut"/> with the team
    /// a scheduled send is for, or <see cref="OutboundLane.Interactive"/> for an answer to the person's own activity
    /// that goes to another conversation (e.g. an admin's private reply). <paramref name="attempts"/> hears of each attempt.
    /// </summary>
    public async Task<ResourceResponse> SendToUserAsync(
        ConversationReference reference, Activity activity, OutboundLane lane, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(lane);
        var client = connector.WithLane(lane);
        var (serviceUrl, conversationId) = Target(reference);
        serviceUrlTrust.TrustVerifiedReference(reference);
        try
        {
            try
            {
                return await client.SendToConversationAsync(serviceUrl, conversationId, Address(activity, reference, conversationId), attempts, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ConnectorException exception) when (IsConversationNotFound(exception) && CanRecreate(reference))
            {
                logger.RecreatingConversation(conversationId);
                var created = await client.CreateConversationAsync(serviceUrl, PersonalChatParameters(reference), cancellationToken)
                    .ConfigureAwait(false);
                if (string.IsNullOrEmpty(created.Id))
                {
                    throw;
                }

                reference.Conversation = new ConversationAccount
                {
                    Id = created.Id,
                    ConversationType = "personal",
                    TenantId = reference.TenantId,
                    IsGroup = false,
                };
                reference.State = ConversationReferenceStates.Active;
                await referenceStore.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
                return await client.SendToConversationAsync(serviceUrl, created.Id, Address(activity, reference, created.Id), attempts, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (ConnectorException exception) when (StateFor(exception) is { } state)
        {
            await referenceStore.MarkStateAsync(conversationId, state, cancellationToken).ConfigureAwait(false);
            logger.ConversationStateChanged(conversationId, state, exception.SubCode ?? exception.Code);
            throw;
        }
    }

    /// <summary>
    /// Replaces the message <paramref name="activityId"/> that was sent into the conversation of <paramref name="reference"/>
    /// (e.g. a progress card in an admin's personal chat, kept up to date after the turn that asked for it).
    /// </summary>
    public Task<ResourceResponse> UpdateAsync(
        ConversationReference reference, string activityId, Activity activity, OutboundLane lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(lane);
        var (serviceUrl, conversationId) = Target(reference);
        serviceUrlTrust.TrustVerifiedReference(reference);
        var addressed = Address(activity, reference, conversationId);
        addressed.Id = activityId;
        return connector.WithLane(lane).UpdateActivityAsync(serviceUrl, conversationId, activityId, addressed, cancellationToken);
    }

    /// <summary>
    /// Opens (or finds, Teams answers the existing one) the 1:1 chat between the bot and the user of
    /// <paramref name="from"/> — a reference taken from that user's own activity in a team or group chat, whose serviceUrl
    /// that activity verified — and stores it as the user's personal-chat reference. Null when Teams gives no id.
    /// </summary>
    public async Task<ConversationReference?> OpenPersonalChatAsync(ConversationReference from, OutboundLane lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(lane);
        if (from.User?.Id is not { Length: > 0 } || !Uri.TryCreate(from.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        serviceUrlTrust.TrustVerifiedReference(from);
        var created = await connector.WithLane(lane).CreateConversationAsync(serviceUrl, PersonalChatParameters(from), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(created.Id))
        {
            return null;
        }

        var personal = new ConversationReference
        {
            ChannelId = from.ChannelId,
            ServiceUrl = from.ServiceUrl,
            ServiceUrlVerified = from.ServiceUrlVerified,
            TenantId = from.TenantId,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = from.TenantId, IsGroup = false },
            Bot = from.Bot,
            User = from.User,
            Locale = from.Locale,
            TimeZone = from.TimeZone,
            State = ConversationReferenceStates.Active,
        };
        await referenceStore.SaveAsync(personal, cancellationToken).ConfigureAwait(false);
        return personal;
    }

    /// <summary>
    /// Starts a new thread in the channel of <paramref name="channelReference"/> (create-conversation form, protocol doc
    /// 4.3). The answer's <see cref="ConversationResourceResponse.ActivityId"/> is the root post id to update later.
    /// </summary>
    public Task<ConversationResourceResponse> PostToChannelAsync(ConversationReference channelReference, Activity activity, CancellationToken cancellationToken) =>
        PostToChannelAsync(channelReference, activity, DefaultLane(channelReference), null, cancellationToken);

    /// <summary>As <see cref="PostToChannelAsync(ConversationReference, Activity, CancellationToken)"/>, waiting in <paramref name="lane"/> and telling <paramref name="attempts"/> about each attempt.</summary>
    public async Task<ConversationResourceResponse> PostToChannelAsync(
        ConversationReference channelReference, Activity activity, OutboundLane lane, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelReference);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(lane);
        var client = connector.WithLane(lane);
        var (serviceUrl, conversationId) = Target(channelReference);
        var channelId = channelReference.ChannelIdInTeam ?? conversationId;
        serviceUrlTrust.TrustVerifiedReference(channelReference);
        activity.Type ??= ActivityTypes.Message;
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = channelReference.Bot is { Id: { } botId } ? new ChannelAccount { Id = botId } : null,
            TenantId = channelReference.TenantId,
            Activity = activity,
            ChannelData = new TeamsChannelData
            {
                Channel = new ChannelInfo { Id = channelId },
                Tenant = channelReference.TenantId is null ? null : new TenantInfo { Id = channelReference.TenantId },
            },
        };
        try
        {
            return await client.CreateConversationAsync(serviceUrl, parameters, attempts, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (StateFor(exception) is { } state)
        {
            await referenceStore.MarkStateAsync(conversationId, state, cancellationToken).ConfigureAwait(false);
            logger.ConversationStateChanged(conversationId, state, exception.SubCode ?? exception.Code);
            throw;
        }
    }

    /// <summary>
    /// The lane of a proactive send without one: fan-out of the reference's tenant and team (channel references carry the
    /// team; a personal chat's does not, so those share their tenant's unkeyed queue — pass the team where it is known).
    /// </summary>
    public static OutboundLane DefaultLane(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return OutboundLane.FanOut(reference.TenantId, reference.TeamId);
    }

    /// <summary>The reference state a connector error implies (protocol doc 5.4), or null when it implies none.</summary>
    public static string? StateFor(ConnectorException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.StatusCode switch
        {
            HttpStatusCode.Forbidden when exception.Is(ConnectorErrorCodes.MessageWritesBlocked)
                || exception.Is(ConnectorErrorCodes.BotDisabledByAdmin)
                || exception.Is(ConnectorErrorCodes.ConversationBlockedByUser) => ConversationReferenceStates.Blocked,
            HttpStatusCode.Forbidden when exception.Is(ConnectorErrorCodes.BotNotInConversationRoster) => ConversationReferenceStates.Uninstalled,
            HttpStatusCode.Forbidden when exception.Is(ConnectorErrorCodes.ForbiddenOperationException) => ConversationReferenceStates.NotInstalled,
            HttpStatusCode.NotFound when exception.Is(ConnectorErrorCodes.ConversationNotFound) => ConversationReferenceStates.NotFound,
            _ => null,
        };
    }

    private static bool IsConversationNotFound(ConnectorException exception) =>
        exception.StatusCode == HttpStatusCode.NotFound && exception.Is(ConnectorErrorCodes.ConversationNotFound);

    private static bool CanRecreate(ConversationReference reference) =>
        reference.User?.Id is { Length: > 0 }
        && reference.Conversation?.IsGroup != true
        && !string.Equals(reference.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(reference.Conversation?.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase);

    private static ConversationParameters PersonalChatParameters(ConversationReference reference) => new()
    {
        IsGroup = false,
        Bot = reference.Bot is { Id: { } botId } ? new ChannelAccount { Id = botId } : null,
        Members = [new ChannelAccount { Id = reference.User!.Id }],
        TenantId = reference.TenantId,
        ChannelData = reference.TenantId is null ? null : new TeamsChannelData { Tenant = new TenantInfo { Id = reference.TenantId } },
    };

    private static (Uri ServiceUrl, string ConversationId) Target(ConversationReference reference)
    {
        var conversationId = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            throw new ArgumentException("The conversation reference has no conversation id or serviceUrl.", nameof(reference));
        }

        return (serviceUrl, conversationId);
    }

    private static Activity Address(Activity activity, ConversationReference reference, string conversationId)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From ??= reference.Bot is { Id: { } botId } ? new ChannelAccount { Id = botId } : null;
        activity.Recipient ??= reference.User is { Id: { } userId } ? new ChannelAccount { Id = userId } : null;
        return activity;
    }
}
