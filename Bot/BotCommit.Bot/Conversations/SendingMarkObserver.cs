using BotCommit.Forecasting.Scheduling;
using BotCommit.Protocol.Connector;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// Connects the schedule's <see cref="SendingMark"/> to the connector: right before a scheduled message's first POST
/// goes on the wire (its rate-limit permit granted), the action is recorded as "sending". Reads (GET) and updates
/// (PUT, idempotent) do not mark. Outside a scheduled send there is no mark and this does nothing.
/// </summary>
internal sealed class SendingMarkObserver : IOutboundAttemptObserver
{
    public ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken) =>
        method == HttpMethod.Post && SendingMark.Current is { } mark
            ? new ValueTask(mark(cancellationToken))
            : ValueTask.CompletedTask;
}
