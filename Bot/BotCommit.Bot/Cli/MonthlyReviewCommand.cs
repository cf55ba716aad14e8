using BotCommit.Exchange;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Bot.Cli;

/// <summary>
/// <c>monthly-review</c>: recomputes a month's review offline from exported files (<see cref="OfflineMonthlyReview"/>):
/// the monthly forecasts CSV(s) of m and m−1, the submissions CSVs of the weeks it needs, the team settings JSON; prints
/// the review JSON. Bad arguments or files print what is wrong, with the file, line and column, on standard error and exit
/// with <see cref="CommandLine.InvalidInput"/>.
/// </summary>
internal static class MonthlyReviewCommand
{
    private const string Forecasts = "forecasts";
    private const string Submissions = "submissions";
    private const string Settings = "settings";
    private const string Month = "month";
    private const string Top = "top";

    private static readonly string[] s_options = [Forecasts, Submissions, Settings, Month, Top];

    public static CliCommand Command { get; } = new(
        "monthly-review",
        "Recompute a month's forecast review offline from exported files.",
        """
        Usage: BotCommit.Bot monthly-review --forecasts F.csv[,F2.csv] --submissions W1.csv[,W2.csv,...] --settings FILE.json --month 2026-12 [--top 10]

          --forecasts    the monthly forecasts CSV(s) holding the forecasts of record of the month and the month before
          --submissions  the submissions CSVs of the weeks the review reads (comma-separated): the month's first review
                         week and the 13 before it, last month's first and last weeks, the funnel's week one quarter earlier
          --settings     the team settings JSON (time zone, fiscal year, deadline, targets, reps)
          --month        the month reviewed, such as 2026-12
          --top          the TOP lists' size N (default 10, as the team's setting)
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

        var missing = s_options.Where(o => o != Top && options[o] is null).Select(o => "--" + o).ToList();
        if (missing.Count > 0)
        {
            return CommandLine.UsageError(error, Command, "missing " + string.Join(", ", missing));
        }

        if (!YearMonth.TryParse(options[Month], out var month))
        {
            return CommandLine.UsageError(error, Command, $"--month: \"{options[Month]}\" is not a month such as 2026-12");
        }

        var top = TopListCalculator.DefaultSize;
        if (options[Top] is { } topText && (!int.TryParse(topText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out top) || top < 1 || top > 100))
        {
            return CommandLine.UsageError(error, Command, $"--top: \"{topText}\" is not a number from 1 to 100");
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        var forecasts = await ReadAllAsync(options[Forecasts]!, shellDirectory, error, cancellationToken);
        var submissions = await ReadAllAsync(options[Submissions]!, shellDirectory, error, cancellationToken);
        var settingsPath = options[Settings]!;
        var settings = await SummaryCommand.ReadFileAsync(settingsPath, SummaryCommand.ResolvePath(settingsPath, shellDirectory), error, cancellationToken);
        if (forecasts is null || submissions is null || settings is null)
        {
            return CommandLine.InvalidInput;
        }

        var result = OfflineMonthlyReview.Compute(forecasts, submissions, settings, month, top);
        if (!result.Succeeded)
        {
            foreach (var problemInCsv in result.CsvErrors)
            {
                await error.WriteLineAsync($"error: {problemInCsv}".AsMemory(), cancellationToken);
            }

            foreach (var problemInJson in result.SettingsErrors)
            {
                await error.WriteLineAsync($"error: {settingsPath}: {problemInJson}".AsMemory(), cancellationToken);
            }

            return CommandLine.InvalidInput;
        }

        await output.WriteAsync(MonthlyReviewJson.Write(result.Content!).AsMemory(), cancellationToken);
        return CommandLine.Success;
    }

    private static async Task<IReadOnlyList<ExchangeFile>?> ReadAllAsync(string paths, string? shellDirectory, TextWriter error, CancellationToken cancellationToken)
    {
        var files = new List<ExchangeFile>();
        var failed = false;
        foreach (var path in paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = await SummaryCommand.ReadFileAsync(path, SummaryCommand.ResolvePath(path, shellDirectory), error, cancellationToken);
            if (text is null)
            {
                failed = true;
            }
            else
            {
                files.Add(new ExchangeFile(path, text));
            }
        }

        return failed ? null : files;
    }
}
