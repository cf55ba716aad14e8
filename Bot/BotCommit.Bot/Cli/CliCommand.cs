namespace BotCommit.Bot.Cli;

/// <summary>
/// One command of the host's command line: its name (the first argument), a one-line description for the command
/// list, its usage text, and the handler that receives the remaining arguments and returns the exit code.
/// </summary>
internal sealed record CliCommand(
    string Name,
    string Description,
    string Usage,
    Func<IReadOnlyList<string>, TextWriter, TextWriter, CancellationToken, Task<int>> RunAsync);
