using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The submissions CSV of domain.md ("Exchange formats"): UTF-8, a header row, one row per deal per rep per week,
/// RFC 4180 quoting, CRLF line ends on write (CRLF, LF or CR accepted on read); CsvHelper reads and writes the text,
/// the columns are declared in <see cref="SubmissionColumns"/>. Values: <c>week</c> <c>2026-W49</c>;
/// <c>category</c> Commit, Upside, Pipeline, Won or Lost; <c>amount</c> an invariant decimal with at most two decimals
/// and no thousands separator (<c>125000.50</c>); <c>close_date</c> <c>yyyy-MM-dd</c>; <c>stage</c> 0, 25, 50, 60,
/// 70, 80, 90 or 100; the six flags <c>true</c>/<c>false</c>; <c>reason</c> free text (empty = none);
/// <c>submitted_at</c> an ISO-8601 UTC instant (<c>2026-11-29T18:00:00Z</c>) or empty for a carried-forward snapshot.
/// <para>
/// The free-text columns (rep_id, rep_name, deal_id, account, deal_name, reason) carry the formula-injection guard
/// described in this project's README (<see cref="FormulaGuard"/>): a value starting with <c>= + - @</c>, tab or CR is written with a leading
/// <c>'</c>, which the reader strips again, so every value round-trips exactly.
/// </para>
/// <para>
/// What a row cannot say: a snapshot without deals has no rows, and the CSV knows no "away" status; a
/// <see cref="SubmissionStatus.Skipped"/> snapshot is written like a carried one (empty <c>submitted_at</c>), and away
/// reps are marked in the team settings JSON instead. The <c>Late</c> flag is not written: a reader decides lateness
/// from <c>submitted_at</c> and the deadline.
/// </para>
/// </summary>
public static partial class SubmissionsCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns => SubmissionColumns.Names;

    /// <summary>The header line as written (without the line end).</summary>
    public static string Header { get; } = string.Join(',', Columns);

    /// <summary>A reader stops collecting errors after this many (the file is evidently not a submissions CSV).</summary>
    public const int MaxErrors = 100;

    private static readonly string[] s_categories = ["Commit", "Upside", "Pipeline", "Won", "Lost"];

    /// <summary>
    /// Writes the header and one row per deal of each submission, in the given order. <paramref name="repNames"/>
    /// overrides <see cref="Submission.RepName"/> per rep (e.g. from the roster).
    /// </summary>
    /// <exception cref="ArgumentException">Two submissions share a (week, rep).</exception>
    public static void Write(TextWriter writer, IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(submissions);
        var rows = Rows(submissions, repNames).Select(row => (IReadOnlyList<string>)[.. SubmissionColumns.All.Select(c => c.Write(row))]);
        CsvOutput.Write(writer, rows.Prepend(Columns));
    }

    /// <summary>The CSV text of <see cref="Write(TextWriter, IEnumerable{Submission}, IReadOnlyDictionary{RepId, string}?)"/>.</summary>
    public static string ToText(IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, submissions, repNames);
        return writer.ToString();
    }

    /// <summary>
    /// Reads a whole submissions CSV strictly; every problem becomes a <see cref="CsvError"/> naming the line and
    /// column, never an exception. Rows are grouped into one snapshot per (week, rep) in order of first appearance,
    /// deals in row order: status Submitted when <c>submitted_at</c> is set, CarriedForward when it is empty. All rows
    /// of a snapshot must agree on <c>rep_name</c> and <c>submitted_at</c>.
    /// </summary>
    /// <param name="text">The file's text (a leading byte order mark is ignored).</param>
    /// <param name="team">The team the snapshots are recorded for (the CSV does not name it).</param>
    public static CsvReadResult Read(string text, TeamId team)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (records, syntaxErrors) = CsvRecords.Read(text, Columns);
        var firstLines = new Dictionary<RepId, int>();

        // Without a readable header nothing else can be trusted (e.g. the wrong file): report only that.
        var headerLine = Math.Min(records.Count > 0 ? records[0].Line : int.MaxValue, syntaxErrors.Count > 0 ? syntaxErrors[0].Line : int.MaxValue);
        var headerErrors = syntaxErrors.Where(e => e.Line == headerLine).ToList();
        if (headerErrors.Count > 0)
        {
            return new CsvReadResult([], headerErrors, firstLines);
        }

        var errors = new List<CsvError>();
        if (records.Count == 0)
        {
            errors.Add(new CsvError(1, null, null, "the file is empty; expected the header row " + Header));
            return new CsvReadResult([], errors, firstLines);
        }

        if (!CheckHeader(records[0], errors))
        {
            return new CsvReadResult([], errors, firstLines);
        }

        errors.AddRange(syntaxErrors);
        var header = new CsvHeader([.. records[0].Fields.Select(f => f.Text)]);

        var groups = new List<SnapshotRows>();
        var byKey = new Dictionary<(ForecastWeek, RepId), SnapshotRows>();
        foreach (var record in records.Skip(1))
        {
            if (errors.Count >= MaxErrors)
            {
                break;
            }

            if (record.Fields.Count != Columns.Count)
            {
                errors.Add(new CsvError(record.Line, null, null, string.Create(
                    CultureInfo.InvariantCulture, $"expected {Columns.Count} columns, found {record.Fields.Count}")));
                continue;
            }

            var cells = new RowCells(record, header, errors);
            var row = ReadRow(cells, errors);
            if (row is null)
            {
                continue;
            }

            firstLines.TryAdd(row.Rep, record.Line);
            if (!byKey.TryGetValue((row.Week, row.Rep), out var group))
            {
                group = new SnapshotRows(row, cells);
                byKey.Add((row.Week, row.Rep), group);
                groups.Add(group);
            }

            group.Add(row, cells);
        }

        errors = [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column ?? 0)];
        if (errors.Count > MaxErrors)
        {
            errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
        }

        if (errors.Count >= MaxErrors)
        {
            errors.Add(new CsvError(errors[^1].Line, null, null, string.Create(
                CultureInfo.InvariantCulture, $"stopped after {MaxErrors} errors")));
        }

        var submissions = errors.Count == 0 ? groups.Select(g => g.ToSubmission(team, errors)).OfType<Submission>().ToList() : [];
        return new CsvReadResult(submissions, errors, firstLines);
    }

    /// <summary>One row per deal; <c>submitted_at</c> only for a submitted snapshot (carried and skipped ones leave it empty).</summary>
    private static IEnumerable<SubmissionRow> Rows(IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames)
    {
        var seen = new HashSet<(ForecastWeek, RepId)>();
        foreach (var submission in submissions)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            if (!seen.Add((submission.Week, submission.Rep)))
            {
                throw new ArgumentException($"Two submissions of rep '{submission.Rep}' for {submission.Week}.", nameof(submissions));
            }

            var name = repNames is not null && repNames.TryGetValue(submission.Rep, out var known) ? known : submission.RepName;
            var submittedAt = submission.Status == SubmissionStatus.Submitted ? submission.SubmittedAt : null;
            foreach (var deal in submission.Deals)
            {
                yield return new SubmissionRow(submission.Week, submission.Rep, name, deal, submittedAt);
            }
        }
    }

    private static bool CheckHeader(CsvRecord header, List<CsvError> errors)
    {
        for (var i = 0; i < Math.Max(header.Fields.Count, Columns.Count); i++)
        {
            var found = i < header.Fields.Count ? header.Fields[i].Text : null;
            var expected = i < Columns.Count ? Columns[i] : null;
            if (found != expected)
            {
                var problem = (expected, found) switch
                {
                    (null, _) => $"unexpected extra column \"{found}\"",
                    (_, null) => $"missing column \"{expected}\"",
                    _ => $"expected \"{expected}\", found \"{found}\"",
                };
                errors.Add(new CsvError(header.Line, i + 1, expected ?? "extra", $"wrong header: {problem}; the header row is {Header}"));
                return false;
            }
        }

        return true;
    }

    private static SubmissionRow? ReadRow(RowCells cells, List<CsvError> errors)
    {
        var before = errors.Count;
        var week = cells.Parse(SubmissionColumns.Week, text => ForecastWeek.TryParse(text, out var w) ? w : (ForecastWeek?)null, "is not an ISO week like 2026-W49");
        var rep = cells.Text(SubmissionColumns.RepId, RepId.MaxLength, required: true, "the rep's id");
        var repName = cells.Text(SubmissionColumns.RepName, Rep.MaxDisplayNameLength, required: false, "the rep's name");
        var dealId = cells.Parse(
            SubmissionColumns.DealId,
            text => DealId.TryFrom(FormulaGuard.Remove(text), out var id) ? id : (DealId?)null,
            $"is not a deal id (1..{DealId.MaxLength} characters of A-Z, a-z, 0-9, '_' or '-')");
        var account = cells.Text(SubmissionColumns.Account, DealForecast.MaxAccountLength, required: true, "the account");
        var dealName = cells.Text(SubmissionColumns.DealName, DealForecast.MaxNameLength, required: true, "the deal's name");
        var category = cells.Parse(
            SubmissionColumns.Category,
            text => Array.IndexOf(s_categories, text) >= 0 ? Enum.Parse<ForecastCategory>(text) : (ForecastCategory?)null,
            "is not a category; expected one of Commit, Upside, Pipeline, Won, Lost");
        var amount = ReadAmount(cells);
        var closeDate = cells.Parse(
            SubmissionColumns.CloseDate,
            text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null,
            "is not a date like 2026-12-31 (yyyy-MM-dd)");
        var stage = cells.Parse(
            SubmissionColumns.Stage,
            text => StageDigits().IsMatch(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && Stage.TryFrom(p, out var s) ? s : (Stage?)null,
            "is not a stage; expected one of 0, 25, 50, 60, 70, 80, 90, 100");
        var flags = SubmissionColumns.Flags
            .Select(column => cells.Parse(column, text => text switch { "true" => true, "false" => false, _ => (bool?)null }, "is not a flag; expected true or false"))
            .ToArray();
        var reason = cells.Text(SubmissionColumns.Reason, DealForecast.MaxReasonLength, required: false, "a reason");
        var submittedAt = ReadInstant(cells);

        if (errors.Count > before || week is null || rep is null || repName is null || dealId is null || account is null
            || dealName is null || category is null || amount is null || closeDate is null || stage is null || reason is null
            || flags.Any(f => f is null))
        {
            return null;
        }

        var deal = new DealForecast(dealId.Value, account, dealName, category.Value, amount.Value, closeDate.Value, stage.Value)
        {
            Checklist = new CommitChecklist(flags[0]!.Value, flags[1]!.Value, flags[2]!.Value, flags[3]!.Value, flags[4]!.Value),
            Unrealized = flags[5]!.Value,
            Reason = reason.Length == 0 ? null : reason,
        };
        return new SubmissionRow(week.Value, RepId.From(rep), repName, deal, submittedAt);
    }

    private static decimal? ReadAmount(RowCells cells)
    {
        const string column = SubmissionColumns.Amount;
        var text = cells.Raw(column);
        if (text.StartsWith('-') && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            cells.Fail(column, $"\"{text}\" is negative; an amount is zero or more");
            return null;
        }

        if (!AmountDigits().IsMatch(text))
        {
            cells.Fail(column, $"\"{text}\" is not an invariant decimal like 1000.00");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            cells.Fail(column, $"\"{text}\" is too large for an amount");
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            cells.Fail(column, $"\"{text}\" has more than 2 decimals");
            return null;
        }

        return amount;
    }

    private static DateTimeOffset? ReadInstant(RowCells cells)
    {
        const string column = SubmissionColumns.SubmittedAt;
        var text = cells.Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (InstantText().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && instant.Offset == TimeSpan.Zero)
        {
            return instant;
        }

        cells.Fail(column, $"\"{text}\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)");
        return null;
    }

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountDigits();

    [GeneratedRegex("^[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StageDigits();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?(Z|\\+00:00)$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantText();
}
