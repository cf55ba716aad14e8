using System.Text.Json;
using BotCommit.Exchange.Workbook;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The export as one .xlsx workbook (issue #19): sheets <c>Submissions</c> (the snapshots of record and carried ones, as
/// the submissions CSV), <c>Revisions</c> (changes after the record), <c>Summary</c> (as the summary CSV: team row, then
/// one row per rep) and <c>Settings</c> (the team settings JSON, one row per value). Column names are the exchange
/// formats' own; amounts are number cells, ratios percentage cells holding the unrounded fraction, dates date cells,
/// <c>submitted_at</c> a date-time cell in UTC, flags boolean cells.
/// </summary>
public static class ExportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(
        Stream output,
        IEnumerable<Submission> snapshots,
        IEnumerable<Submission> revisions,
        IReadOnlyDictionary<RepId, string>? repNames,
        WeeklySummary? summary,
        string settingsJson)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settingsJson);
        var header = SubmissionColumns.Names.Select(n => n == SubmissionColumns.SubmittedAt ? n + " (UTC)" : n).ToList();
        OpenXmlWorkbookWriter.Write(output,
        [
            new WorkbookSheet("Submissions", header, [.. SubmissionsCsv.Rows(snapshots, repNames).Select(SubmissionCells)]),
            new WorkbookSheet("Revisions", header, [.. SubmissionsCsv.RevisionRows(revisions, repNames).Select(SubmissionCells)]),
            new WorkbookSheet("Summary", SummaryCsv.Columns, summary is null ? [] : SummaryRows(summary)),
            new WorkbookSheet("Settings", ["setting", "value"], SettingsRows(settingsJson)),
        ]);
    }

    internal static IReadOnlyList<WorkbookCell> SubmissionCells(SubmissionRow row)
    {
        var deal = row.Deal;
        return
        [
            new WorkbookCell.Text(row.Week.ToString()),
            new WorkbookCell.Text(row.Rep.Value),
            new WorkbookCell.Text(row.RepName),
            new WorkbookCell.Text(deal.Id.Value),
            new WorkbookCell.Text(deal.Account),
            new WorkbookCell.Text(deal.Name),
            new WorkbookCell.Text(deal.Category.ToString()),
            new WorkbookCell.Number(deal.Amount),
            new WorkbookCell.Date(deal.CloseDate),
            new WorkbookCell.Percent(deal.Stage.Percent / 100m),
            new WorkbookCell.Flag(deal.Checklist.ConfigurationFinal),
            new WorkbookCell.Flag(deal.Checklist.EndUserContractSigned),
            new WorkbookCell.Flag(deal.Checklist.PartnerContractSigned),
            new WorkbookCell.Flag(deal.Checklist.DiscountApproved),
            new WorkbookCell.Flag(deal.Checklist.PartnerReadyToOrder),
            new WorkbookCell.Flag(deal.Unrealized),
            deal.Reason is { Length: > 0 } reason ? new WorkbookCell.Text(reason) : new WorkbookCell.Empty(),
            row.SubmittedAt is { } at ? new WorkbookCell.Instant(at) : new WorkbookCell.Empty(),
            new WorkbookCell.Text(row.Status),
        ];
    }

    private static List<IReadOnlyList<WorkbookCell>> SummaryRows(WeeklySummary summary)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        rows.Add(
        [
            new WorkbookCell.Text("team"), new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty(),
            .. Figures(summary.TeamFigures), Figure(FigureKind.Ratio, summary.Compliance),
        ]);
        foreach (var rep in SummaryText.OrderedReps(summary))
        {
            rows.Add(
            [
                new WorkbookCell.Text("rep"), new WorkbookCell.Text(rep.Rep.Value), new WorkbookCell.Text(rep.RepName),
                new WorkbookCell.Text(SummaryText.Status(rep)), .. Figures(rep.Figures), new WorkbookCell.Empty(),
            ]);
        }

        return rows;
    }

    private static IEnumerable<WorkbookCell> Figures(SummaryFigures figures) => FigureColumn.All.Select(f => Figure(f.Kind, f.Value(figures)));

    private static WorkbookCell Figure(FigureKind kind, decimal? value) => (kind, value) switch
    {
        (_, null) => new WorkbookCell.Empty(),
        (FigureKind.Ratio, { } ratio) => new WorkbookCell.Percent(ratio),
        (FigureKind.Count, { } count) => new WorkbookCell.Number(count, Whole: true),
        (_, { } amount) => new WorkbookCell.Number(amount),
    };

    /// <summary>The settings JSON flattened: <c>timeZone</c>, <c>targets.month.2026-12</c>, <c>reps[0].name</c> …</summary>
    internal static List<IReadOnlyList<WorkbookCell>> SettingsRows(string settingsJson)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        using var document = JsonDocument.Parse(settingsJson);
        void Walk(string path, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(path.Length == 0 ? property.Name : path + "." + property.Name, property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(path + "[" + i++.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", item);
                    }

                    break;
                case JsonValueKind.Number:
                    rows.Add([new WorkbookCell.Text(path), new WorkbookCell.Number(element.GetDecimal(), Whole: element.GetDecimal() == decimal.Truncate(element.GetDecimal()))]);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    rows.Add([new WorkbookCell.Text(path), new WorkbookCell.Flag(element.GetBoolean())]);
                    break;
                case JsonValueKind.String:
                    rows.Add([new WorkbookCell.Text(path), new WorkbookCell.Text(element.GetString() ?? string.Empty)]);
                    break;
                default:
                    rows.Add([new WorkbookCell.Text(path), new WorkbookCell.Empty()]);
                    break;
            }
        }

        Walk(string.Empty, document.RootElement);
        return rows;
    }
}
