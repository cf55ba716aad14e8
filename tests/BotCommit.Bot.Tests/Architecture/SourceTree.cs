using System.Text.RegularExpressions;

namespace BotCommit.Bot.Tests.Architecture;

/// <summary>The repository's production source files, read as text (no build output).</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every <c>.cs</c> file under <paramref name="relativeDirectory"/>, as paths relative to the root with '/'.</summary>
    public static IReadOnlyList<string> Files(string relativeDirectory)
    {
        var directory = Path.Combine(Root, relativeDirectory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The production code: every project under <c>Bot/</c>, <c>Cards/</c>, <c>Scheduler/</c> and <c>Storage/</c>.</summary>
    public static IReadOnlyList<string> ProductionFiles() =>
        [.. new[] { "Bot", "Cards", "Scheduler", "Storage" }.SelectMany(Files)];

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Lines that are code: not blank, not a <c>//</c> or <c>///</c> comment, not inside a <c>/* */</c> comment.</summary>
    public static int CodeLines(string relativePath)
    {
        var count = 0;
        var inBlock = false;
        foreach (var raw in File.ReadLines(Path.Combine(Root, relativePath)))
        {
            var line = raw.Trim();
            if (inBlock)
            {
                inBlock = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlock = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The files among <paramref name="files"/> whose code (comments left out) matches <paramref name="pattern"/>.</summary>
    public static IReadOnlyList<string> Matching(IEnumerable<string> files, Regex pattern) =>
        [.. files.Where(f => Read(f).Split('\n').Any(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(line)))];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BotCommit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (BotCommit.sln) was not found above " + AppContext.BaseDirectory);
    }
}
