using System.Text;
using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Bot.Cli;

/// <summary>
/// <c>summary</c>: recomputes a week's summary offline from a submissions CSV and a team settings JSON
/// (<see cref="OfflineSummary"/>) and prints it on standard output. Bad arguments or files print what is wrong, with
/// the file, line and column, on standard error and exit with <see cref="CommandLine.InvalidInput"/>.
/// </summary>
internal static class SummaryCommand
{
    private const string Submissions = "submissions";
    private const string Settings = "settings";
    private const string Week = "week";
    private const string Format = "format";

    private static readonly string[] s_options = [Submissions, Settings, Week, Format];

    // Files must be valid UTF-8: a stray Latin-1 byte is reported instead of becoming U+FFFD in an account name.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CliCommand Command { get; } = new(
        "summary",
        "Recompute a week's summary offline from exported files.",
        """
        Usage: BotCommit.Bot summary --submissions FILE.csv --settings FILE.json --week 2026-W49 [--format json|csv|markdown]

          --submissions  the submissions CSV (one row per deal per rep per week; see domain.md, "Exchange formats")
          --settings     the team settings JSON (time zone, fiscal year, deadline, targets, reps)
          --week         the review week, an ISO week such as 2026-W49
          --format       json (default: the summary JSON), csv or markdown (for people)
        """,
        RunAsync);

    private static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, s_options, out var options, out var problem))
        {
            return CommandLine.UsageError(error, Command, problem);
        }

        if (options.Help)
        {
            await output.WriteLineAsync(Command.Usage.AsMemory(), cancellationToken);
            return CommandLine.Success;
        }

        var missing = s_options.Where(o => o != Format && options[o] is null).Select(o => "--" + o).ToList();
        if (missing.Count > 0)
        {
            return CommandLine.UsageError(error, Command, "missing " + string.Join(", ", missing));
        }

        if (!ForecastWeek.TryParse(options[Week], out var week))
        {
            return CommandLine.UsageError(error, Command, $"--week: \"{options[Week]}\" is not an ISO week such as 2026-W49");
        }

        var format = (options[Format] ?? "json") switch
        {
            "json" => SummaryFormat.Json,
            "csv" => SummaryFormat.Csv,
            "markdown" => SummaryFormat.Markdown,
            _ => SummaryFormat.Unknown,
        };
        if (format == SummaryFormat.Unknown)
        {
            return CommandLine.UsageError(error, Command, $"--format: \"{options[Format]}\" is not one of json, csv, markdown");
        }

        var submissionsPath = options[Submissions]!;
        var settingsPath = options[Settings]!;
        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        var csv = await ReadFileAsync(submissionsPath, ResolvePath(submissionsPath, shellDirectory), error, cancellationToken);
        var json = await ReadFileAsync(settingsPath, ResolvePath(settingsPath, shellDirectory), error, cancellationToken);
        if (csv is null || json is null)
        {
            return CommandLine.InvalidInput;
        }

        var result = OfflineSummary.Compute(csv, json, week);
        if (!result.Succeeded)
        {
            foreach (var problemInCsv in result.SubmissionErrors)
            {
                await error.WriteLineAsync($"error: {submissionsPath}: {problemInCsv}".AsMemory(), cancellationToken);
            }

            foreach (var problemInJson in result.SettingsErrors)
            {
                await error.WriteLineAsync($"error: {settingsPath}: {problemInJson}".AsMemory(), cancellationToken);
            }

            return CommandLine.InvalidInput;
        }

        var summary = result.Summary!;
        var text = format switch
        {
            SummaryFormat.Csv => SummaryCsv.Write(summary),
            SummaryFormat.Markdown => SummaryMarkdown.Write(summary),
            _ => SummaryJson.Write(summary),
        };
        await output.WriteAsync(text.AsMemory(), cancellationToken);
        return CommandLine.Success;
    }

    /// <summary>
    /// The file a relative <paramref name="path"/> means: under the current directory, or else under
    /// <paramref name="shellDirectory"/> (the shell's <c>PWD</c>). <c>dotnet run</c> starts this web project in its own
    /// folder, so "--submissions week.csv" typed in another folder would otherwise not be found.
    /// </summary>
    internal static string ResolvePath(string path, string? shellDirectory)
    {
        var here = Path.GetFullPath(path);
        if (Path.IsPathRooted(path) || File.Exists(here) || string.IsNullOrEmpty(shellDirectory) || !Path.IsPathFullyQualified(shellDirectory))
        {
            return here;
        }

        var there = Path.GetFullPath(path, shellDirectory);
        return File.Exists(there) ? there : here;
    }

    internal static async Task<string?> ReadFileAsync(string path, string fullPath, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(fullPath, s_strictUtf8, cancellationToken);
        }
        // Before the ArgumentException filter below: DecoderFallbackException derives from ArgumentException.
        catch (DecoderFallbackException exception)
        {
            await error.WriteLineAsync($"error: {path}: not valid UTF-8 text ({exception.Message.TrimEnd('.')}); save it as UTF-8".AsMemory(), cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = exception is FileNotFoundException or DirectoryNotFoundException ? $"file not found (looked for {fullPath})" : exception.Message;
            await error.WriteLineAsync($"error: {path}: cannot read the file: {why}".AsMemory(), cancellationToken);
            return null;
        }
    }
}
