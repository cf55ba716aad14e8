using BotCommit.Exchange.Workbook;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// A region's export as one .xlsx workbook, in the team workbook's style (<see cref="ExportWorkbook"/>): sheets
/// <c>Summary</c> (the region summary CSV's rows, typed), <c>Calls</c> (every call submission of the week under the
/// region: each figure set and each deal moved, with its note) and <c>Submissions</c> (every team's rows of the
/// submissions CSV, a <c>team</c> column first). The export JSON stays the file the offline summary reads.
/// </summary>
public static class RegionWorkbook
{
    private static readonly string[] s_callColumns = ["node", "submitter", "submitted_at (UTC)", "change", "figure_or_deal", "value", "note"];

    public static void Write(Stream output, RegionExportContent content, RegionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(summary);
        var submissionHeader = SubmissionColumns.Names.Select(n => n == SubmissionColumns.SubmittedAt ? n + " (UTC)" : n).Prepend("team").ToList();
        OpenXmlWorkbookWriter.Write(output,
        [
            new WorkbookSheet("Summary", RegionSummaryRows.Columns, [.. RegionSummaryRows.Rows(summary).Select(row => (IReadOnlyList<WorkbookCell>)[.. row.Select(Cell)])]),
            new WorkbookSheet("Calls", s_callColumns, [.. content.Calls.SelectMany(CallRows)]),
            new WorkbookSheet("Submissions", submissionHeader, [.. content.Teams.SelectMany(team =>
            {
                var names = team.Roster.Where(r => r.DisplayName.Length > 0).ToDictionary(r => r.Id, r => r.DisplayName);
                return SubmissionsCsv.Rows(team.Snapshots, names)
                    .Select(row => (IReadOnlyList<WorkbookCell>)[new WorkbookCell.Text(team.Settings.Id.Value), .. ExportWorkbook.SubmissionCells(row)]);
            })]),
        ]);
    }

    private static IEnumerable<IReadOnlyList<WorkbookCell>> CallRows(CallSubmission call)
    {
        WorkbookCell[] Head() => [new WorkbookCell.Text(call.Node.Value), new WorkbookCell.Text(call.Submitter.Value), new WorkbookCell.Instant(call.SubmittedAt)];
        foreach (var change in call.Changes)
        {
            yield return [.. Head(), new WorkbookCell.Text("figure"), new WorkbookCell.Text(change.Figure.ToString()), new WorkbookCell.Number(change.Value), new WorkbookCell.Text(change.Note)];
        }

        foreach (var move in call.Moves)
        {
            yield return [.. Head(), new WorkbookCell.Text(move.From + " → " + move.To), new WorkbookCell.Text(move.Deal.Value), new WorkbookCell.Number(move.Amount), new WorkbookCell.Text(move.Note)];
        }

        if (call.Changes.Count == 0 && call.Moves.Count == 0)
        {
            yield return [.. Head(), new WorkbookCell.Text("roll-up kept"), new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty()];
        }
    }

    private static WorkbookCell Cell(RegionValue value) => value switch
    {
        RegionValue.Text text => new WorkbookCell.Text(text.Value),
        RegionValue.Amount amount => new WorkbookCell.Number(amount.Value),
        RegionValue.Ratio ratio => new WorkbookCell.Percent(ratio.Value),
        RegionValue.Count count => new WorkbookCell.Number(count.Value, Whole: true),
        RegionValue.Flag flag => new WorkbookCell.Flag(flag.Value),
        RegionValue.Instant instant => new WorkbookCell.Instant(instant.Value),
        _ => new WorkbookCell.Empty(),
    };
}
