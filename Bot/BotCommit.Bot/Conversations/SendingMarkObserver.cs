using System.Net;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Protocol.Connector;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// Connects the schedule's <see cref="SendingMark"/> to the connector: right before a scheduled message's POST goes
/// on the wire (its rate-limit permit granted) the action is recorded as "sending"; when Teams refuses the attempt
/// unprocessed (429 throttled, 412 precondition failed) it is back to "claimed" while the retry waits, since nothing
/// arrived. Reads (GET) and updates (PUT, idempotent) do not mark. Outside a scheduled send this does nothing.
/// </summary>
internal sealed class SendingMarkObserver : IOutboundAttemptObserver
{
    public ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken) =>
        method == HttpMethod.Post && SendingMark.Current is { } mark
            ? new ValueTask(mark.OnWireAsync(cancellationToken))
            : ValueTask.CompletedTask;

    public ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken) =>
        method == HttpMethod.Post
        && statusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        && SendingMark.Current is { } mark
            ? new ValueTask(mark.RefusedAsync(cancellationToken))
            : ValueTask.CompletedTask;
}
