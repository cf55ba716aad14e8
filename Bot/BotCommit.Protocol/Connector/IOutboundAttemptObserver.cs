namespace BotCommit.Protocol.Connector;

/// <summary>
/// Told right before each connector request goes on the wire, after its rate-limit permit was granted (so after any
/// wait in the queue) and before the token is attached. The host uses it to record that a message is leaving the
/// process; it may throw to abandon the call (nothing is sent, the exception reaches the caller unchanged).
/// </summary>
public interface IOutboundAttemptObserver
{
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="uri">The request's full URI.</param>
    /// <param name="cancellationToken">The call's cancellation token.</param>
    ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken);
}
