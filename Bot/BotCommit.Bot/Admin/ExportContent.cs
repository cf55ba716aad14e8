using BotCommit.Exchange;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>The content of one export (see <see cref="SubmissionsExport.ContentAsync"/>) and the files made of it.</summary>
internal sealed record ExportContent(
    ForecastWeek Week,
    IReadOnlyList<Submission> Snapshots,
    IReadOnlyList<Submission> Revisions,
    IReadOnlyDictionary<RepId, string> Names,
    WeeklySummary? Summary,
    string SettingsJson)
{
    public int Reps => Snapshots.Count(s => s.Week == Week);

    public int Rows => Snapshots.Where(s => s.Week == Week).Sum(s => s.Deals.Count);

    /// <summary>The file of <paramref name="kind"/>: its name, content type and bytes (CSV as UTF-8 with a BOM, for Excel).</summary>
    public (string FileName, string ContentType, byte[] Bytes) File(ExportFileKind kind)
    {
        var week = Week.ToString();
        switch (kind)
        {
            case ExportFileKind.Workbook:
                using (var stream = new MemoryStream())
                {
                    ExportWorkbook.Write(stream, Snapshots, Revisions, Names, Summary, SettingsJson);
                    return ($"botcommit-{week}.xlsx", ExportWorkbook.ContentType, stream.ToArray());
                }

            case ExportFileKind.SubmissionsCsv:
                return ($"botcommit-{week}-submissions.csv", "text/csv; charset=utf-8", Utf8(SubmissionsCsv.ToText(Snapshots, Revisions, Names)));
            case ExportFileKind.SummaryCsv:
                return ($"botcommit-{week}-summary.csv", "text/csv; charset=utf-8", Utf8(Summary is null ? string.Join(',', SummaryCsv.Columns) + "\r\n" : SummaryCsv.Write(Summary)));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an export file.");
        }
    }

    private static byte[] Utf8(string text) => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)];
}

/// <summary>The files an export offers for download.</summary>
internal enum ExportFileKind
{
    Unknown = 0,
    Workbook = 1,
    SubmissionsCsv = 2,
    SummaryCsv = 3,

    // A month's export (issue #18 item 6; MonthExportContent).
    MonthWorkbook = 4,
    MonthBundle = 5,
    MonthReviewJson = 6,
    MonthForecastsCsv = 7,

    // A region's export (issue #17; RegionExportFiles). Numbers from 20 on, clear of the team's files.
    RegionSummaryJson = 20,
    RegionExportJson = 21,
    RegionSummaryCsv = 22,
    RegionWorkbook = 23,
}
