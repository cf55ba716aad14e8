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
    private const string Bundle = "bundle";

    private static readonly string[] s_options = [Forecasts, Submissions, Settings, Month, Top, Bundle];

    public static CliCommand Command { get; } = new(
        "monthly-review",
        "Recompute a month's forecast review offline from exported files.",
        """
        Usage: BotCommit.Bot monthly-review --forecasts F.csv[,F2.csv] --submissions W1.csv[,W2.csv,...] --settings FILE.json --month 2026-12 [--top 10]
               BotCommit.Bot monthly-review --bundle botcommit-2026-12-offline.zip [--top 10]

          --forecasts    the monthly forecasts CSV(s) holding the forecasts of record of the month and the month before
          --submissions  the submissions CSVs of the weeks the review reads (comma-separated): the month's first review
                         week and the 13 before it, last month's first and last weeks, the funnel's week one quarter earlier
          --settings     the team settings JSON (time zone, fiscal year, deadline, targets, reps)
          --month        the month reviewed, such as 2026-12
          --top          the TOP lists' size N (default 10, as the team's setting)
          --bundle       the offline bundle 'export month' sends (.zip): its forecasts, submissions, settings and month
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

        if (options[Bundle] is { } bundle)
        {
            var others = s_options.Where(o => o is not (Top or Bundle) && options[o] is not null).Select(o => "--" + o).ToList();
            if (others.Count > 0)
            {
                return CommandLine.UsageError(error, Command, "--bundle holds the files and the month: leave out " + string.Join(", ", others));
            }
        }

        List<string> missing = options[Bundle] is not null ? [] : s_options.Where(o => o is not (Top or Bundle) && options[o] is null).Select(o => "--" + o).ToList();
        if (missing.Count > 0)
        {
            return CommandLine.UsageError(error, Command, "missing " + string.Join(", ", missing));
        }

        var month = default(YearMonth);
        if (options[Bundle] is null && !YearMonth.TryParse(options[Month], out month))
        {
            return CommandLine.UsageError(error, Command, $"--month: \"{options[Month]}\" is not a month such as 2026-12");
        }

        var top = TopListCalculator.DefaultSize;
        if (options[Top] is { } topText && (!int.TryParse(topText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out top) || top < 1 || top > 100))
        {
            return CommandLine.UsageError(error, Command, $"--top: \"{topText}\" is not a number from 1 to 100");
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        if (options[Bundle] is { } bundlePath)
        {
            return await RunBundleAsync(bundlePath, SummaryCommand.ResolvePath(bundlePath, shellDirectory), top, output, error, cancellationToken);
        }

        var forecasts = await ReadAllAsync(options[Forecasts]!, shellDirectory, error, cancellationToken);
        var submissions = await ReadAllAsync(options[Submissions]!, shellDirectory, error, cancellationToken);
        var settingsPath = options[Settings]!;
        var settings = await SummaryCommand.ReadFileAsync(settingsPath, SummaryCommand.ResolvePath(settingsPath, shellDirectory), error, cancellationToken);
        if (forecasts is null || submissions is null || settings is null)
        {
            return CommandLine.InvalidInput;
        }

        return await WriteAsync(OfflineMonthlyReview.Compute(forecasts, submissions, settings, month, top), settingsPath, output, error, cancellationToken);
    }

    private static async Task<int> RunBundleAsync(string path, string fullPath, int top, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        MonthlyExportBundleFiles? files;
        string? problem;
        try
        {
            await using var stream = File.OpenRead(fullPath);
            (files, problem) = MonthlyExportBundle.Read(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = exception is FileNotFoundException or DirectoryNotFoundException ? $"file not found (looked for {fullPath})" : exception.Message;
            await error.WriteLineAsync($"error: {path}: cannot read the file: {why}".AsMemory(), cancellationToken);
            return CommandLine.InvalidInput;
        }

        if (files is null)
        {
            await error.WriteLineAsync($"error: {path}: {problem}".AsMemory(), cancellationToken);
            return CommandLine.InvalidInput;
        }

        var result = OfflineMonthlyReview.Compute(files.Forecasts, files.Submissions, files.Settings.Text, files.Month, top);
        return await WriteAsync(result, path + ":" + files.Settings.Name, output, error, cancellationToken);
    }

    private static async Task<int> WriteAsync(OfflineMonthlyReviewResult result, string settingsPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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
