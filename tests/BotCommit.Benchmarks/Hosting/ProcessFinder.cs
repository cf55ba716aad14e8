using System.Globalization;
using System.Text;

namespace BotCommit.Benchmarks.Hosting;

/// <summary>Finds processes by their command line in <c>/proc</c> (Linux), e.g. the Azurite serving a given port.</summary>
internal static class ProcessFinder
{
    /// <summary>Ids of processes whose command line contains every one of <paramref name="parts"/> (arguments joined by spaces).</summary>
    public static IReadOnlyList<int> WithCommandLine(params string[] parts)
    {
        var found = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(directory, "cmdline"))).Replace('\0', ' ');
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // exited meanwhile, or not ours to read
            }

            if (parts.All(part => commandLine.Contains(part, StringComparison.Ordinal)))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>The Azurite (node) process listening on <paramref name="tableEndpoint"/>'s port, if it runs on this machine.</summary>
    public static int? Azurite(Uri tableEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        var port = tableEndpoint.Port.ToString(CultureInfo.InvariantCulture);
        var candidates = WithCommandLine("azurite", port);

        // The npm shim may be a shell wrapper around node: report the process that holds the memory.
        return candidates.Count == 0 ? null : candidates.MaxBy(id => ProcessMemory.Of(id).ResidentBytes);
    }
}
