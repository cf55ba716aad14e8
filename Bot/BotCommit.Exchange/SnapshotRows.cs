using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>The rows of one (week, rep) in a submissions CSV, checked for consistency as they are added.</summary>
internal sealed class SnapshotRows(CsvRow first)
{
    private const int RepNameColumn = 2;
    private const int DealIdColumn = 3;
    private const int SubmittedAtColumn = 17;

    private readonly List<DealForecast> _deals = [];
    private readonly Dictionary<DealId, int> _lines = [];

    public void Add(CsvRow row, List<CsvError> errors)
    {
        var where = $"rep \"{row.Rep}\" in {row.Week}";
        if (_lines.TryGetValue(row.Deal.Id, out var line))
        {
            Fail(row, DealIdColumn, errors, string.Create(CultureInfo.InvariantCulture, $"deal \"{row.Deal.Id}\" of {where} already appears on line {line}"));
            return;
        }

        if (!string.Equals(row.RepName, first.RepName, StringComparison.Ordinal))
        {
            Fail(row, RepNameColumn, errors, Differs(row, RepNameColumn, where));
            return;
        }

        if (row.SubmittedAt != first.SubmittedAt)
        {
            Fail(row, SubmittedAtColumn, errors, Differs(row, SubmittedAtColumn, where));
            return;
        }

        if (_deals.Count == Submission.MaxDeals)
        {
            Fail(row, DealIdColumn, errors, string.Create(CultureInfo.InvariantCulture, $"{where} has more than {Submission.MaxDeals} deals"));
            return;
        }

        _lines.Add(row.Deal.Id, row.Record.Line);
        _deals.Add(row.Deal);
    }

    /// <summary>The snapshot, or null after recording why the domain refused it (a backstop: rows are checked first).</summary>
    public Submission? ToSubmission(TeamId team, List<CsvError> errors)
    {
        try
        {
            return new Submission(team, first.Week, first.Rep, _deals.ToArray())
            {
                Status = first.SubmittedAt is null ? SubmissionStatus.CarriedForward : SubmissionStatus.Submitted,
                SubmittedAt = first.SubmittedAt,
                RepName = first.RepName,
            };
        }
        catch (ArgumentException exception)
        {
            errors.Add(new CsvError(first.Record.Line, null, null, exception.Message));
            return null;
        }
    }

    private string Differs(CsvRow row, int column, string where) => string.Create(
        CultureInfo.InvariantCulture,
        $"\"{row.Record.Fields[column].Text}\" differs from \"{first.Record.Fields[column].Text}\" on line {first.Record.Line}; every row of {where} must have the same {SubmissionsCsv.Columns[column]}");

    private static void Fail(CsvRow row, int column, List<CsvError> errors, string message) =>
        errors.Add(new CsvError(row.Record.Fields[column].Line, column + 1, SubmissionsCsv.Columns[column], message));
}
