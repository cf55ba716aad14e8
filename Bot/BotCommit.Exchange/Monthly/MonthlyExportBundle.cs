using System.IO.Compression;
using System.Text;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// The offline inputs of a month's review in one .zip (issue #18 item 6): for month m,
/// <c>botcommit-m-forecasts-m.csv</c> and <c>botcommit-m-forecasts-m−1.csv</c> (the monthly forecasts of record),
/// <c>botcommit-m-submissions.csv</c> (the snapshots of record of every week <see cref="OfflineMonthlyReview.WeeksNeeded"/>
/// names, with the revisions after them marked, as the week export writes them), <c>botcommit-m-settings.json</c> and
/// <c>botcommit-m-review.json</c> (the review as the bot computes it). Text entries are UTF-8; the CSVs carry a BOM for
/// Excel. <see cref="Read"/> finds the files again by their names, whatever folder they were unpacked into.
/// </summary>
public static class MonthlyExportBundle
{
    public const string ContentType = "application/zip";

    /// <summary>The entries' names for <paramref name="month"/>: forecasts of m, forecasts of m−1, submissions, settings, review.</summary>
    public static (string Forecasts, string PreviousForecasts, string Submissions, string Settings, string Review) EntryNames(YearMonth month)
    {
        var stem = "botcommit-" + month;
        return ($"{stem}-forecasts-{month}.csv", $"{stem}-forecasts-{month.AddMonths(-1)}.csv", stem + "-submissions.csv", stem + "-settings.json", stem + "-review.json");
    }

    /// <summary>Writes the bundle of <paramref name="month"/> to <paramref name="output"/>.</summary>
    public static void Write(
        Stream output, YearMonth month, string forecastsCsv, string previousForecastsCsv, string submissionsCsv, string settingsJson, string reviewJson)
    {
        ArgumentNullException.ThrowIfNull(output);
        var names = EntryNames(month);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Add(zip, names.Forecasts, forecastsCsv, bom: true);
        Add(zip, names.PreviousForecasts, previousForecastsCsv, bom: true);
        Add(zip, names.Submissions, submissionsCsv, bom: true);
        Add(zip, names.Settings, settingsJson, bom: false);
        Add(zip, names.Review, reviewJson, bom: false);
    }

    /// <summary>
    /// The files of a bundle: its month (from the entries' names), the forecasts and submissions files for
    /// <see cref="OfflineMonthlyReview.Compute(IReadOnlyList{ExchangeFile}, IReadOnlyList{ExchangeFile}, string, YearMonth, int)"/>,
    /// the settings and, when present, the review JSON; null with a reason when it is not a month's bundle.
    /// </summary>
    public static (MonthlyExportBundleFiles? Files, string? Problem) Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries.Where(e => e.Name.Length > 0).ToList();
            var settings = entries.Where(e => e.Name.EndsWith("-settings.json", StringComparison.OrdinalIgnoreCase)).ToList();
            if (settings.Count != 1 || !YearMonth.TryParse(MonthOf(settings[0].Name), out var month))
            {
                return (null, "the archive holds no single botcommit-YYYY-MM-settings.json: it is not a month's export bundle");
            }

            var names = EntryNames(month);
            ExchangeFile? File(string name) =>
                entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)) is { } entry ? new ExchangeFile(entry.Name, Text(entry)) : null;
            var missing = new[] { names.Forecasts, names.PreviousForecasts, names.Submissions }.Where(n => File(n) is null).ToList();
            if (missing.Count > 0)
            {
                return (null, "the bundle lacks " + string.Join(", ", missing));
            }

            return (new MonthlyExportBundleFiles(
                month,
                [File(names.Forecasts)!, File(names.PreviousForecasts)!],
                [File(names.Submissions)!],
                File(names.Settings)!,
                File(names.Review)), null);
        }
        catch (InvalidDataException exception)
        {
            return (null, "not a readable .zip archive (" + exception.Message + ")");
        }
    }

    // "botcommit-2027-01-settings.json" → "2027-01".
    private static string MonthOf(string settingsName) =>
        settingsName.StartsWith("botcommit-", StringComparison.OrdinalIgnoreCase) && settingsName.Length >= "botcommit-yyyy-MM".Length
            ? settingsName["botcommit-".Length.."botcommit-yyyy-MM".Length]
            : string.Empty;

    private static void Add(ZipArchive zip, string name, string text, bool bom)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        if (bom)
        {
            stream.Write(Encoding.UTF8.GetPreamble());
        }

        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
