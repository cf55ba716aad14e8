using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// Default <see cref="ITurnContext"/>: addresses outbound activities to the inbound conversation (conversation, bot as
/// <c>from</c>, sender as <c>recipient</c>) and sends them through the connector with the inbound serviceUrl. Its
/// connector calls are <see cref="OutboundLane.Interactive"/>: an answer never waits behind a fan-out.
/// </summary>
internal sealed class TurnContext(Activity activity, bool isAuthenticated, IConnectorClient connector) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public bool IsAuthenticated { get; } = isAuthenticated;

    public IConnectorClient Connector { get; } = connector.WithLane(OutboundLane.Interactive);

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(activity, null, cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(Activity activity, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Target();
        return Connector.SendToConversationAsync(serviceUrl, conversationId, Address(activity), attempts, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Target();
        var replyToId = Activity.Id ?? throw new InvalidOperationException("The inbound activity has no id to reply to.");
        var addressed = Address(activity);
        addressed.ReplyToId = replyToId;
        return Connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, addressed, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Target();
        var addressed = Address(activity);
        addressed.Id = activityId;
        return Connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, addressed, cancellationToken);
    }

    private (Uri ServiceUrl, string ConversationId) Target()
    {
        var conversationId = Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId)
            || !Uri.TryCreate(Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            throw new InvalidOperationException("The inbound activity has no conversation id or serviceUrl to answer to.");
        }

        return (serviceUrl, conversationId);
    }

    private Activity Address(Activity outbound)
    {
        outbound.Type ??= ActivityTypes.Message;
        outbound.Conversation ??= new ConversationAccount { Id = Activity.Conversation?.Id };
        outbound.From ??= Activity.Recipient is { Id: { } botId } ? new ChannelAccount { Id = botId } : null;
        outbound.Recipient ??= Activity.From is { Id: { } userId }
            ? new ChannelAccount { Id = userId, AadObjectId = Activity.From.AadObjectId }
            : null;
        return outbound;
    }
}
