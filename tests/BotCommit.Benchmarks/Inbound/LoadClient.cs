using System.Diagnostics;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send one request, wait for the whole answer, then send
/// the next, until <c>requests</c> were sent. Latency is measured per request from send to the end of the body.
/// </summary>
internal static class LoadClient
{
    public static async Task<LoadResult> RunAsync(
        HttpClient client,
        Func<int, HttpRequestMessage> request,
        Func<HttpResponseMessage, string, bool> isOk,
        int requests,
        int concurrency,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(isOk);
        var latencies = new double[requests];
        var next = -1;
        var failures = 0;
        string? firstFailure = null;
        var elapsed = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= requests)
                {
                    return;
                }

                using var message = request(index);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(message, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!isOk(response, body))
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}", null);
                }
            }
        });
        await Task.WhenAll(workers);
        elapsed.Stop();
        Array.Sort(latencies);
        return new LoadResult(requests, elapsed.Elapsed, latencies, failures, firstFailure);
    }
}
