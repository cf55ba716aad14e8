using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// The retry pipeline of connector calls (protocol doc 5.4): retries 412, 429, 502, 503, 504, transport errors and
/// timeouts only; waits the <c>Retry-After</c> delay (seconds or HTTP date) when given, else exponential backoff with
/// jitter. Never retries 500 or other 4xx.
/// </summary>
internal sealed class ConnectorResilience
{
    public ConnectorResilience(IOptions<ConnectorOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };

        // MaxAttempts = 1 means no retry at all (Polly's retry strategy needs at least one retry).
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter(args.Outcome.Result, timeProvider) is { } delay
                        ? (TimeSpan?)(delay > settings.MaxRetryAfter ? settings.MaxRetryAfter : delay)
                        : null),
            });
        }

        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    internal static bool IsRetryableStatus(HttpStatusCode statusCode) => statusCode is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>The <c>Retry-After</c> of a response as a delay from now, if it has a usable one.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var delay = date - timeProvider.GetUtcNow();
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        outcome.Exception switch
        {
            HttpRequestException => true,
            TimeoutException => true,
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            null => outcome.Result is { } response && IsRetryableStatus(response.StatusCode),
            _ => false,
        };
}
