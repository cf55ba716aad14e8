namespace BotCommit.Bot.Cli;

/// <summary>
/// The host's command line: when the first argument names a command (a bare word, not an ASP.NET Core
/// <c>--key value</c> or <c>key=value</c> setting) or asks for help, <c>Program</c> runs the command instead of the web
/// host. Commands are a small table (<see cref="Commands"/>); add one by adding its <see cref="CliCommand"/>.
/// Exit codes: <see cref="Success"/>, <see cref="InvalidInput"/> for bad arguments or files, <see cref="Failure"/> for
/// anything unexpected. Errors go to standard error as one line each, never as a stack trace.
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;

    public const int Failure = 1;

    public const int InvalidInput = 2;

    public static IReadOnlyList<CliCommand> Commands { get; } = [SummaryCommand.Command, MonthlyReviewCommand.Command];

    public static string Usage =>
        "Usage: BotCommit.Bot <command> [options]   (no command: run the bot)\n\nCommands:\n"
        + string.Concat(Commands.Select(c => $"  {c.Name,-12}{c.Description}\n"))
        + "\nRun \"BotCommit.Bot <command> --help\" for a command's options.";

    /// <summary>True when <paramref name="args"/> should run a command rather than the web host.</summary>
    public static bool IsCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        var first = args[0];
        return first is "--help" or "-h" or "help"
            || (first.Length > 0 && first[0] is not ('-' or '/') && !first.Contains('=', StringComparison.Ordinal));
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0)
        {
            await error.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return InvalidInput;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            await output.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return Success;
        }

        var command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            await error.WriteLineAsync($"error: unknown command \"{args[0]}\"".AsMemory(), cancellationToken);
            await error.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return InvalidInput;
        }

        try
        {
            return await command.RunAsync([.. args.Skip(1)], output, error, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: cancelled".AsMemory(), CancellationToken.None);
            return Failure;
        }
        catch (Exception exception)
        {
            // The top of a command: anything unexpected becomes one line on stderr, never a stack trace.
            await error.WriteLineAsync($"error: {command.Name} failed unexpectedly: {exception.GetType().Name}: {exception.Message}".AsMemory(), CancellationToken.None);
            return Failure;
        }
    }

    /// <summary>Prints "error: …" and the command's usage on <paramref name="error"/>; returns <see cref="InvalidInput"/>.</summary>
    public static int UsageError(TextWriter error, CliCommand command, string problem)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(command);
        error.WriteLine($"error: {problem}");
        error.WriteLine(command.Usage);
        return InvalidInput;
    }
}
