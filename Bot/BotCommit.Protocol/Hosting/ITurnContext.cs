using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// One inbound activity and the means to answer it in the same conversation. <see cref="IsAuthenticated"/> is true
/// when the request carried a valid channel token (false only in Development anonymous mode).
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    bool IsAuthenticated { get; }

    /// <summary>The connector for this turn's answers (<see cref="OutboundLane.Interactive"/>).</summary>
    IConnectorClient Connector { get; }

    /// <summary>Sends <paramref name="activity"/> as a new message to the conversation of <see cref="Activity"/>.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>As <see cref="SendActivityAsync(Activity, CancellationToken)"/>, telling <paramref name="attempts"/> about each attempt.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, IOutboundAttemptObserver? attempts, CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="activity"/> as a reply to <see cref="Activity"/> (a thread reply in channels).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the message <paramref name="activityId"/> (e.g. the card after an <c>Action.Submit</c>).</summary>
    Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken);
}
