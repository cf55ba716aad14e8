using System.Globalization;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>
/// CPU spent per request on each side, to tell storage cost (Azurite) from host cost. The benchmark process holds both
/// the load client and the bare endpoint, so its time is reported for the bare side only as an upper bound.
/// </summary>
internal sealed class CpuCost
{
    private TimeSpan _bareAzurite;
    private TimeSpan _bareBenchmark;
    private TimeSpan _botAzurite;
    private TimeSpan _botHost;
    private TimeSpan _botBenchmark;

    public void AddBare(CpuSnapshot before, CpuSnapshot after)
    {
        _bareAzurite += after.Azurite - before.Azurite;
        _bareBenchmark += after.Benchmark - before.Benchmark;
    }

    public void AddBot(CpuSnapshot before, CpuSnapshot after)
    {
        _botAzurite += after.Azurite - before.Azurite;
        _botHost += after.Host - before.Host;
        _botBenchmark += after.Benchmark - before.Benchmark;
    }

    public string Describe(int requestsPerSide)
    {
        double PerRequest(TimeSpan total) => total.TotalMilliseconds / requestsPerSide;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU per request: bare — Azurite {PerRequest(_bareAzurite):F1} ms, benchmark process (client + endpoint) {PerRequest(_bareBenchmark):F1} ms; "
            + $"bot — Azurite {PerRequest(_botAzurite):F1} ms, host {PerRequest(_botHost):F1} ms, benchmark process (client) {PerRequest(_botBenchmark):F1} ms");
    }
}
