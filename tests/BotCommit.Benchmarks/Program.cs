using BotCommit.Benchmarks;

return await BenchmarkCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
