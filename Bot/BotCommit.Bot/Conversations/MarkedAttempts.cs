using System.Net;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Protocol.Connector;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// A delivery's mark as the connector's per-call attempt observer: right before the delivery's POST goes on the wire (its
/// rate-limit permit granted) the record becomes "sending"; when Teams refuses the attempt unprocessed (429 throttled, 412
/// precondition failed) it is a claim again while the retry waits, since nothing arrived. Reads (GET) and updates (PUT,
/// idempotent) do not mark.
/// </summary>
internal sealed class MarkedAttempts(IDeliveryMark mark) : IOutboundAttemptObserver
{
    public ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken) =>
        method == HttpMethod.Post ? new ValueTask(mark.OnWireAsync(cancellationToken)) : ValueTask.CompletedTask;

    public ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken) =>
        method == HttpMethod.Post && statusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            ? new ValueTask(mark.RefusedAsync(cancellationToken))
            : ValueTask.CompletedTask;
}
