using System.Diagnostics;

namespace BotCommit.Benchmarks;

/// <summary>Timing, medians and the peak-RSS reset shared by the in-process benchmarks (summary, regions).</summary>
internal static class Measurement
{
    public static double Time<T>(Func<T> action)
    {
        var stopwatch = Stopwatch.StartNew();
        _ = action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    public static async Task<(double Milliseconds, T Result)> TimeAsync<T>(Func<Task<T>> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await action();
        return (stopwatch.Elapsed.TotalMilliseconds, result);
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Resets this process's VmHWM to its current RSS (Linux 4.0+); false where that is not possible.</summary>
    public static bool ResetPeakResidentSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
