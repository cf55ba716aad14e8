namespace BotCommit.Benchmarks;

/// <summary>Dispatches <c>summary</c> (and the other harnesses) from the command line.</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args.FirstOrDefault())
        {
            case "summary":
                return await SummaryBenchmark.RunAsync(Options.Parse(args.Skip(1)), output, cancellationToken);
            default:
                await error.WriteLineAsync("usage: dotnet run -c Release --project tests/BotCommit.Benchmarks -- summary [--reps 1000,10000] [--deals 25] [--runs 3]");
                return 2;
        }
    }
}
