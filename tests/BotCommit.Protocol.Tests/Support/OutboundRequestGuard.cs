using System.Collections.Concurrent;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>
/// Sits in the connector's HttpClient pipeline: records every request that leaves the client (host, Authorization) and
/// refuses anything that is not loopback, so no test can ever reach the internet or leak a token.
/// </summary>
internal sealed class OutboundRequestGuard : DelegatingHandler
{
    private readonly ConcurrentQueue<(Uri Url, string? Authorization)> _sent;

    public OutboundRequestGuard(ConcurrentQueue<(Uri Url, string? Authorization)> sent)
    {
        _sent = sent;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _sent.Enqueue((request.RequestUri!, request.Headers.Authorization?.ToString()));
        if (!request.RequestUri!.IsLoopback)
        {
            throw new InvalidOperationException("Test attempted a non-loopback request to " + request.RequestUri.Host);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
