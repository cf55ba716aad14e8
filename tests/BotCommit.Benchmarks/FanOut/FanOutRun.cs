using BotCommit.Benchmarks.Hosting;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>What the driver observed while the host ran (filled in as it goes).</summary>
internal sealed class FanOutRun(FanOutSettings settings)
{
    public FanOutSettings Settings { get; } = settings;

    public ForecastWeek Week { get; set; }

    public int? KilledAtCards { get; set; }

    /// <summary>From the SIGKILL to the fresh process answering /healthz.</summary>
    public TimeSpan? RestartToHealthy { get; set; }

    public bool TimedOut { get; set; }

    /// <summary>One entry per host process, in start order.</summary>
    public List<ProcessMemory> BotMemory { get; } = [];

    public ProcessMemory AzuriteMemory { get; set; } = ProcessMemory.None;

    /// <summary>CPU used by all host processes together while the fan-out ran.</summary>
    public TimeSpan BotCpu { get; set; }

    /// <summary>CPU used by Azurite (single-threaded) while the fan-out ran; null when its process was not found.</summary>
    public TimeSpan? AzuriteCpu { get; set; }

    /// <summary>From starting the first host to the end of the run.</summary>
    public TimeSpan Elapsed { get; set; }

    public string Load { get; set; } = string.Empty;

    public string BotOutputTail { get; set; } = string.Empty;
}
