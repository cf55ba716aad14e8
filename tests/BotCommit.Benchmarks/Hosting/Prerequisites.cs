using BotCommit.Testing.Azurite;

namespace BotCommit.Benchmarks.Hosting;

/// <summary>
/// What a benchmark needs before it starts, checked up front so a fresh clone gets one line saying what to run instead of
/// an exception from deep inside the harness: Azurite (from <c>npm ci</c>, or <c>AZURITE_TABLE_ENDPOINT</c>) and, for the
/// benchmarks that run the host as a process, its Release build.
/// </summary>
internal static class Prerequisites
{
    /// <returns>Null when everything is there, else the one line to print.</returns>
    public static string? Missing(string benchmark, Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AzuriteServer.EndpointVariable))
            && AzuriteServer.FindAzurite(AppContext.BaseDirectory) is null)
        {
            return "Azurite is not installed in this checkout: run `npm ci` in the repository root once (./run.sh and ./test.sh do it), "
                + $"or set {AzuriteServer.EndpointVariable} to a running Azurite's table endpoint, then run the benchmark again.";
        }

        if (benchmark is "fanout" or "inbound")
        {
            try
            {
                _ = BotBuild.Find(options);
            }
            catch (IOException missing)
            {
                return missing.Message + (missing is FileNotFoundException { FileName: { } file } ? $" (looked for {file})" : string.Empty);
            }
        }

        return null;
    }
}
