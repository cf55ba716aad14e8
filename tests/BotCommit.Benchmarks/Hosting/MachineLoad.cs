using System.Globalization;

namespace BotCommit.Benchmarks.Hosting;

/// <summary>The 1-minute load average (<c>/proc/loadavg</c>), to say how busy the shared machine was.</summary>
internal static class MachineLoad
{
    public static double? OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public static string Describe(double? before, double? after) =>
        string.Create(CultureInfo.InvariantCulture,
            $"load average (1 min) {before?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a"} before, {after?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a"} after, on {Environment.ProcessorCount} cores");
}
