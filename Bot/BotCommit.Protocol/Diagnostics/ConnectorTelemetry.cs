using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BotCommit.Protocol.Diagnostics;

/// <summary>
/// Spans and metrics of the outbound connector (BCL <see cref="ActivitySource"/> and <see cref="Meter"/>; the host decides
/// whether anything listens). A span per connector call (all its attempts) carries the method, the host it went to and
/// the final status: never the path (it holds conversation ids), a token or a message body.
/// </summary>
public static class ConnectorTelemetry
{
    public const string Name = "BotCommit.Protocol";
    public const string ThrottledInstrument = "botcommit.connector.throttled";
    public const string QueueDepthInstrument = "botcommit.outbound.queue_depth";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        ThrottledInstrument, "{response}", "Connector answers 429 (Too Many Requests), each retried after Retry-After.");

    private static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>(
        QueueDepthInstrument, "{request}", "Connector requests waiting for a rate-limit permit.");

    internal static Activity? StartCall(HttpMethod method, Uri uri)
    {
        var activity = Source.StartActivity("connector " + method.Method, ActivityKind.Client);
        activity?.SetTag("http.request.method", method.Method);
        activity?.SetTag("server.address", uri.Host);
        return activity;
    }

    internal static void Answered(Activity? call, HttpMethod method, int statusCode)
    {
        call?.SetTag("http.response.status_code", statusCode);
        if (statusCode == 429)
        {
            Throttled.Add(1, new KeyValuePair<string, object?>("http.request.method", method.Method));
        }
    }

    internal static void Queued() => QueueDepth.Add(1);

    internal static void Dequeued() => QueueDepth.Add(-1);
}
