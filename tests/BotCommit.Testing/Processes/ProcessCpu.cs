using System.Globalization;

namespace BotCommit.Testing.Processes;

/// <summary>CPU time a Linux process has used so far (user + system, <c>/proc/&lt;pid&gt;/stat</c>), to tell who was busy.</summary>
public static class ProcessCpu
{
    // USER_HZ: the kernel reports times in these ticks; 100 on every Linux we run on.
    private const double TicksPerSecond = 100;

    /// <summary>User + system time, or null when the process is gone (or this is not Linux).</summary>
    public static TimeSpan? Of(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}
