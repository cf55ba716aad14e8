using System.Net;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Protocol.Connector;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// A delivery's mark as the connector's per-call attempt observer: right before the delivery's POST goes on the wire (its
/// rate-limit permit granted) the record becomes "sending"; when Teams refuses the attempt unprocessed (429 throttled, 412
/// precondition failed, 503 unavailable, any other 4xx) or the request could not leave at all (no connection) it is a
/// claim again while the retry waits, since nothing arrived.
/// A POST that may have arrived without a certain answer — 500, 502, 504 (any 5xx but 503), or no answer at all (timeout, lost connection: the connector then
/// comes back for a retry without having told us of an answer) — is never retried: the call is abandoned with
/// <see cref="DeliveryUnknownException"/> and the delivery is recorded "delivery unknown". Reads (GET) and updates (PUT,
/// idempotent) do not mark. One instance per delivery send (it remembers the last attempt).
/// </summary>
internal sealed class MarkedAttempts(IDeliveryMark mark) : IOutboundAttemptObserver
{
    private bool _unanswered;

    public async ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        if (method != HttpMethod.Post)
        {
            return;
        }

        if (_unanswered)
        {
            // The previous attempt left and no answer came back (the connector retries after a transport error).
            throw new DeliveryUnknownException("The previous attempt got no answer; it may have arrived, so it is not sent again.");
        }

        await mark.OnWireAsync(cancellationToken);
        _unanswered = true;
    }

    public async ValueTask NotSentAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        if (method != HttpMethod.Post)
        {
            return;
        }

        // No connection at all (refused, name not resolved, TLS failed): the request never left, a retry may send it.
        _unanswered = false;
        await mark.RefusedAsync(cancellationToken);
    }

    public async ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken)
    {
        if (method != HttpMethod.Post)
        {
            return;
        }

        // 503 says the service did not handle the request (RFC 9110 15.6.4): refused unprocessed, like 429. 500, 502,
        // 504 and the rest may come after Teams (or the service behind its gateway) took the message.
        var status = (int)statusCode;
        if (status >= 500 && statusCode != HttpStatusCode.ServiceUnavailable)
        {
            throw new DeliveryUnknownException($"Teams answered {status} after the request left; it may have arrived.");
        }

        _unanswered = false;
        if (status >= 400)
        {
            await mark.RefusedAsync(cancellationToken);
        }
    }
}
