using System.Net;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Told about each connector request attempt: right before it goes on the wire, after its rate-limit permit was
/// granted (so after any wait in the queue) and before the token is attached; and after Teams answered it (not after a
/// transport error, whose effect is unknown). One may be registered for the whole app, and one passed with a single send
/// (the <c>attempts</c> argument of <see cref="IConnectorClient"/>'s sends):
/// the host passes a delivery's "sending" mark that way, to record whether its message may have left the process.
/// Either call may throw to abandon the call (nothing more is sent; the exception reaches the caller unchanged).
/// </summary>
public interface IOutboundAttemptObserver
{
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="uri">The request's full URI.</param>
    /// <param name="cancellationToken">The call's cancellation token.</param>
    ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken);

    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="uri">The request's full URI.</param>
    /// <param name="statusCode">What the connector answered to this attempt (a retry may follow).</param>
    /// <param name="cancellationToken">The call's cancellation token.</param>
    ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken);

    /// <summary>
    /// The attempt failed before its request could leave: no connection, the host name not resolved, or the TLS
    /// handshake failed (a retry may follow). Not called for a timeout or a connection lost after sending: those may have
    /// arrived, and nobody is told.
    /// </summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="uri">The request's full URI.</param>
    /// <param name="cancellationToken">The call's cancellation token.</param>
    ValueTask NotSentAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
