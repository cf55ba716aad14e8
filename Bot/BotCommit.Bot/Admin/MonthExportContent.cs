using System.Text;
using BotCommit.Exchange;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>The content of one month's export (<see cref="MonthExport.ContentAsync"/>) and the files made of it.</summary>
internal sealed record MonthExportContent(
    YearMonth Month,
    IReadOnlyList<MonthlyForecastOfRecord> Forecasts,
    IReadOnlyList<MonthlyForecastOfRecord> PreviousForecasts,
    IReadOnlyList<Submission> Snapshots,
    IReadOnlyList<Submission> Revisions,
    IReadOnlyDictionary<RepId, string> Names,
    MonthlyReviewContent Review,
    string SettingsJson)
{
    /// <summary>The files a month's export offers, in the order the answer lists them.</summary>
    public static IReadOnlyList<ExportFileKind> Kinds { get; } =
        [ExportFileKind.MonthWorkbook, ExportFileKind.MonthBundle, ExportFileKind.MonthReviewJson, ExportFileKind.MonthForecastsCsv];

    /// <summary>The review JSON (<see cref="MonthlyReviewJson"/>).</summary>
    public string ReviewJson => MonthlyReviewJson.Write(Review);

    /// <summary>The file of <paramref name="kind"/>: its name, content type and bytes (text as UTF-8; CSV with a BOM, for Excel).</summary>
    public (string FileName, string ContentType, byte[] Bytes) File(ExportFileKind kind)
    {
        var stem = "botcommit-" + Month;
        switch (kind)
        {
            case ExportFileKind.MonthWorkbook:
                using (var stream = new MemoryStream())
                {
                    MonthlyWorkbook.Write(stream, Forecasts, PreviousForecasts, Review, SettingsJson, Names);
                    return (stem + ".xlsx", ExportWorkbook.ContentType, stream.ToArray());
                }

            case ExportFileKind.MonthBundle:
                using (var stream = new MemoryStream())
                {
                    MonthlyExportBundle.Write(
                        stream,
                        Month,
                        MonthlyForecastsCsv.ToText(Forecasts, Names),
                        MonthlyForecastsCsv.ToText(PreviousForecasts, Names),
                        SubmissionsCsv.ToText(Snapshots, Revisions, Names),
                        SettingsJson,
                        ReviewJson);
                    return (stem + "-offline.zip", MonthlyExportBundle.ContentType, stream.ToArray());
                }

            case ExportFileKind.MonthReviewJson:
                return (stem + "-review.json", "application/json; charset=utf-8", Encoding.UTF8.GetBytes(ReviewJson));
            case ExportFileKind.MonthForecastsCsv:
                return (stem + "-forecasts.csv", "text/csv; charset=utf-8",
                    [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(MonthlyForecastsCsv.ToText(Forecasts.Concat(PreviousForecasts), Names))]);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a month export file.");
        }
    }
}
