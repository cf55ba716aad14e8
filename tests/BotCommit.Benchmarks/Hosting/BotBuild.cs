namespace BotCommit.Benchmarks.Hosting;

/// <summary>Where the host to measure is: <c>--bot-dll</c>, else the repo's Release build of BotCommit.Bot.</summary>
internal static class BotBuild
{
    public static string Find(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Text("bot-dll") is { } explicitPath)
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : throw new FileNotFoundException("--bot-dll not found.", explicitPath);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BotCommit.sln")))
            {
                var dll = Path.Combine(directory.FullName, "Bot", "BotCommit.Bot", "bin", "Release", "net10.0", "BotCommit.Bot.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException("Build the host first: dotnet build -c Release Bot/BotCommit.Bot/BotCommit.Bot.csproj", dll);
            }
        }

        throw new DirectoryNotFoundException("BotCommit.sln not found above " + AppContext.BaseDirectory);
    }
}
