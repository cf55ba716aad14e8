using System.Net;

namespace BotCommit.Protocol.Connector;

/// <summary>The default <see cref="IOutboundAttemptObserver"/>: observes nothing.</summary>
internal sealed class NoOutboundAttemptObserver : IOutboundAttemptObserver
{
    public ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
