namespace BotCommit.Benchmarks.Inbound;

/// <summary>One load round: requests, elapsed time, latencies (ms, sorted) and failed answers.</summary>
internal sealed record LoadResult(int Requests, TimeSpan Elapsed, double[] SortedLatencies, int Failures, string? FirstFailure)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    private double Percentile(double share) =>
        SortedLatencies.Length == 0 ? 0 : SortedLatencies[Math.Min(SortedLatencies.Length - 1, (int)Math.Ceiling(share * SortedLatencies.Length) - 1)];
}
