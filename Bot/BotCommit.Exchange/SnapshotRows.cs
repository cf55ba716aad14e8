using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The rows of one snapshot in a submissions CSV — one (week, rep), or for a revision one (week, rep, submitted_at) —
/// checked for consistency as they are added.
/// </summary>
internal sealed class SnapshotRows(SubmissionRow first, RowCells firstCells)
{
    private readonly List<DealForecast> _deals = [];
    private readonly Dictionary<DealId, int> _lines = [];

    public void Add(SubmissionRow row, RowCells cells)
    {
        var where = $"rep \"{row.Rep}\" in {row.Week}";
        if (_lines.TryGetValue(row.Deal.Id, out var line))
        {
            cells.Fail(SubmissionColumns.DealId, string.Create(CultureInfo.InvariantCulture, $"deal \"{row.Deal.Id}\" of {where} already appears on line {line}"));
            return;
        }

        if (!string.Equals(row.RepName, first.RepName, StringComparison.Ordinal))
        {
            cells.Fail(SubmissionColumns.RepName, Differs(cells, SubmissionColumns.RepName, where));
            return;
        }

        if (row.SubmittedAt != first.SubmittedAt || row.Status != first.Status)
        {
            cells.Fail(SubmissionColumns.SubmittedAt, Differs(cells, SubmissionColumns.SubmittedAt, where));
            return;
        }

        if (_deals.Count == Submission.MaxDeals)
        {
            cells.Fail(SubmissionColumns.DealId, string.Create(CultureInfo.InvariantCulture, $"{where} has more than {Submission.MaxDeals} deals"));
            return;
        }

        _lines.Add(row.Deal.Id, cells.Line);
        _deals.Add(row.Deal);
    }

    /// <summary>The snapshot, or null after recording why the domain refused it (a backstop: rows are checked first).</summary>
    public bool IsRevision => first.Status == SubmissionColumns.StatusRevision;

    public Submission? ToSubmission(TeamId team, List<CsvError> errors)
    {
        try
        {
            return new Submission(team, first.Week, first.Rep, _deals.ToArray())
            {
                Status = first.Status switch
                {
                    SubmissionColumns.StatusSkipped => SubmissionStatus.Skipped,
                    SubmissionColumns.StatusCarried => SubmissionStatus.CarriedForward,
                    SubmissionColumns.StatusLeft => SubmissionStatus.Left,
                    _ => first.SubmittedAt is null ? SubmissionStatus.CarriedForward : SubmissionStatus.Submitted,
                },
                SubmittedAt = first.SubmittedAt,
                RepName = first.RepName,
            };
        }
        catch (ArgumentException exception)
        {
            errors.Add(new CsvError(firstCells.Line, null, null, exception.Message));
            return null;
        }
    }

    private string Differs(RowCells cells, string column, string where) => string.Create(
        CultureInfo.InvariantCulture,
        $"\"{cells.Raw(column)}\" differs from \"{firstCells.Raw(column)}\" on line {firstCells.Line}; every row of {where} must have the same {column}");
}
