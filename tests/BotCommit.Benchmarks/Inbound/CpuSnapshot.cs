namespace BotCommit.Benchmarks.Inbound;

/// <summary>CPU used so far by Azurite, the host process and this benchmark process (client + bare endpoint).</summary>
internal readonly record struct CpuSnapshot(TimeSpan Azurite, TimeSpan Host, TimeSpan Benchmark);
