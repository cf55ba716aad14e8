using System.Net;
using BotCommit.Cards.Elements;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The summary thread in the managers' channel (protocol doc 4.3): a new thread is created with the parent card
/// (create conversation with <c>channelData.channel.id</c>), replies go to the thread's conversation, and the root post
/// is replaced (PUT) when the numbers change. Every call goes through the protocol layer's pacing and retries.
/// </summary>
internal sealed class SummaryThread(ProactiveMessenger messenger, IConnectorClient connector, IServiceUrlTrust serviceUrlTrust)
{
    /// <summary>Posts <paramref name="card"/> as a new thread; returns the thread's conversation id and the root post id.</summary>
    public async Task<(string ThreadId, string RootActivityId)> StartAsync(
        ConversationReference channel, AdaptiveCard card, string channelId, IOutboundAttemptObserver attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var created = await messenger.PostToChannelAsync(channel, Message(card), ProactiveMessenger.DefaultLane(channel), attempts, cancellationToken);
        var rootId = created.ActivityId is { Length: > 0 } activityId
            ? activityId
            : throw new InvalidOperationException("Teams created the summary thread without returning its root post id.");
        var threadId = created.Id is { Length: > 0 } id ? id : channelId + ";messageid=" + rootId;
        return (threadId, rootId);
    }

    /// <summary>Replaces the root post; false when Teams no longer has it (deleted), so the caller can post anew.</summary>
    public async Task<bool> RefreshAsync(ConversationReference channel, string threadId, string rootActivityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            await Connector(channel).UpdateActivityAsync(ServiceUrl(channel), threadId, rootActivityId, Message(card), cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.StatusCode == HttpStatusCode.NotFound
            && exception.Is(ConnectorErrorCodes.ActivityNotFoundInConversation))
        {
            return false;
        }
    }

    /// <summary>Posts a reply into the thread; returns its activity id.</summary>
    public async Task<string?> ReplyAsync(
        ConversationReference channel, string threadId, Activity activity, IOutboundAttemptObserver attempts, CancellationToken cancellationToken)
    {
        var response = await Connector(channel).SendToConversationAsync(ServiceUrl(channel), threadId, activity, attempts, cancellationToken);
        return response.Id;
    }

    /// <summary>The connector (the team's fan-out lane) and trusted serviceUrl to read the channel's members with.</summary>
    public (IConnectorClient Connector, Uri ServiceUrl) ReaderOf(ConversationReference channel) => (Connector(channel), ServiceUrl(channel));

    public static Activity Message(AdaptiveCard card) => MessageFactory.Card(card.ToJson(), card.FallbackText);

    // The thread's calls are the team's fan-out (its share of the app's budget), like the root post.
    private IConnectorClient Connector(ConversationReference channel) => connector.WithLane(ProactiveMessenger.DefaultLane(channel));

    // The thread's conversation id is not a stored reference: register the channel's verified serviceUrl (after a
    // restart the in-memory trust is empty) so the connector accepts it.
    private Uri ServiceUrl(ConversationReference channel)
    {
        serviceUrlTrust.TrustVerifiedReference(channel);
        return Uri.TryCreate(channel.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            ? serviceUrl
            : throw new ArgumentException("The channel reference has no serviceUrl.", nameof(channel));
    }
}
