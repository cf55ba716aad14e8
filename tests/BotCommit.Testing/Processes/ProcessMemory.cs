using System.Globalization;

namespace BotCommit.Testing.Processes;

/// <summary>Resident memory of a Linux process from <c>/proc/&lt;pid&gt;/status</c>: peak (VmHWM) and current (VmRSS).</summary>
public readonly record struct ProcessMemory(long PeakBytes, long ResidentBytes)
{
    public static ProcessMemory None { get; } = new(0, 0);

    public double PeakMiB => PeakBytes / (1024.0 * 1024.0);

    public double ResidentMiB => ResidentBytes / (1024.0 * 1024.0);

    /// <summary>The process's figures, or <see cref="None"/> when it is gone (or this is not Linux).</summary>
    public static ProcessMemory Of(int processId)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return None;
        }

        return new ProcessMemory(Kilobytes(lines, "VmHWM:") * 1024, Kilobytes(lines, "VmRSS:") * 1024);
    }

    /// <summary>The larger peak of two readings of the same process.</summary>
    public ProcessMemory Max(ProcessMemory other) =>
        new(Math.Max(PeakBytes, other.PeakBytes), other.ResidentBytes == 0 ? ResidentBytes : other.ResidentBytes);

    private static long Kilobytes(string[] lines, string field)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        if (line is null)
        {
            return 0;
        }

        var number = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.Parse(number, CultureInfo.InvariantCulture);
    }
}
