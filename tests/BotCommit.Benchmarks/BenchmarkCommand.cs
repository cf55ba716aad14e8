using BotCommit.Benchmarks.FanOut;
using BotCommit.Benchmarks.Hosting;
using BotCommit.Benchmarks.Inbound;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Benchmarks;

/// <summary>Dispatches <c>summary</c>, <c>fanout</c>, <c>inbound</c> and <c>regions</c> from the command line (see BENCHMARKS.md).</summary>
internal static class BenchmarkCommand
{
    private const string Usage = """
        usage: dotnet run -c Release --project tests/BotCommit.Benchmarks -- <benchmark> [options]
          summary  [--reps 1000,10000] [--deals 25] [--runs 3]
          fanout   [--reps 10000] [--rate 20] [--concurrency 16] [--lease 60] [--throttled 0.1] [--kill-at 0.5] [--bot-dll PATH]
          inbound  [--reps 200] [--requests 2000] [--concurrency 8] [--rounds 3] [--bot-dll PATH]
          regions  [--teams 100] [--reps 50] [--deals 10] [--teams-per-region 10] [--runs 3]
        fanout and inbound start the host from Bot/BotCommit.Bot/bin/Release (build it first) unless --bot-dll is given.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = Options.Parse(args.Skip(1));
        if (args.FirstOrDefault() is "summary" or "fanout" or "inbound" or "regions" && Prerequisites.Missing(args[0], options) is { } missing)
        {
            await error.WriteLineAsync(missing);
            return 2;
        }

        try
        {
            return await RunBenchmarkAsync(args.FirstOrDefault(), options, output, error, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            await error.WriteLineAsync("Table storage (Azurite) stopped answering during the run, so it has no result: " + exception.Message
                + "\nRun it again on a quieter machine (see BENCHMARKS.md, 'load').");
            return 1;
        }
        catch (InvalidOperationException exception) when (exception.Message.StartsWith("The host exited", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (FormatException)
        {
            await error.WriteLineAsync("An option's value is not a number (e.g. --reps 1000,10000, --rate 20, --throttled 0.1).\n" + Usage);
            return 2;
        }
    }

    private static async Task<int> RunBenchmarkAsync(string? benchmark, Options options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (benchmark)
        {
            case "summary":
                return await SummaryBenchmark.RunAsync(options, output, cancellationToken);
            case "fanout":
                return await FanOutBenchmark.RunAsync(options, output, cancellationToken);
            case "inbound":
                return await InboundBenchmark.RunAsync(options, output, cancellationToken);
            case "regions":
                return await Regions.RegionBenchmark.RunAsync(options, output, cancellationToken);
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }
}
