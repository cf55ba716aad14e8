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
/// The trailing <c>status</c> column (issue #14) says what the row's snapshot is: <c>submitted</c> (the week's record,
/// on time or late by <c>submitted_at</c> against the deadline), <c>carried</c> (carried forward, not confirmed; empty
/// <c>submitted_at</c>), <c>skipped</c> (a skip, with the instant it was recorded, so a skip after the deadline reads as
/// "skipped late") or <c>revision</c> (a change recorded after the record, with its instant; never counted). Files
/// without the column (older exports) are read as before: <c>submitted</c> with an instant, <c>carried</c> without.
/// A snapshot without deals has no rows. The <c>Late</c> flag is not written: a reader decides lateness from
/// <c>submitted_at</c> and the deadline.
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
    public static void Write(TextWriter writer, IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames = null) =>
        Write(writer, submissions, [], repNames);

    /// <summary>
    /// Writes the snapshots (records and carried ones), then <paramref name="revisions"/> (rows with <c>status</c>
    /// <c>revision</c>, each with its instant).
    /// </summary>
    public static void Write(
        TextWriter writer, IEnumerable<Submission> submissions, IEnumerable<Submission> revisions, IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(revisions);
        var rows = Rows(submissions, repNames).Concat(RevisionRows(revisions, repNames))
            .Select(row => (IReadOnlyList<string>)[.. SubmissionColumns.All.Select(c => c.Write(row))]);
        CsvOutput.Write(writer, rows.Prepend(Columns));
    }

    /// <summary>The CSV text of <see cref="Write(TextWriter, IEnumerable{Submission}, IReadOnlyDictionary{RepId, string}?)"/>.</summary>
    public static string ToText(IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames = null) =>
        ToText(submissions, [], repNames);

    /// <summary>The CSV text of the snapshots followed by the revisions.</summary>
    public static string ToText(IEnumerable<Submission> submissions, IEnumerable<Submission> revisions, IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, submissions, revisions, repNames);
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

        var columnCount = records[0].Fields.Count;

        errors.AddRange(syntaxErrors);
        var header = new CsvHeader([.. records[0].Fields.Select(f => f.Text)]);

        var groups = new List<SnapshotRows>();
        var byKey = new Dictionary<(ForecastWeek, RepId, DateTimeOffset?), SnapshotRows>();
        foreach (var record in records.Skip(1))
        {
            if (errors.Count >= MaxErrors)
            {
                break;
            }

            if (record.Fields.Count != columnCount)
            {
                errors.Add(new CsvError(record.Line, null, null, string.Create(
                    CultureInfo.InvariantCulture, $"expected {columnCount} columns, found {record.Fields.Count}")));
                continue;
            }

            var cells = new RowCells(record, header, errors);
            var row = ReadRow(cells, errors);
            if (row is null)
            {
                continue;
            }

            firstLines.TryAdd(row.Rep, record.Line);
            var key = (row.Week, row.Rep, row.Status == SubmissionColumns.StatusRevision ? row.SubmittedAt : null);
            if (!byKey.TryGetValue(key, out var group))
            {
                group = new SnapshotRows(row, cells);
                byKey.Add(key, group);
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

        var submissions = errors.Count == 0 ? groups.Where(g => !g.IsRevision).Select(g => g.ToSubmission(team, errors)).OfType<Submission>().ToList() : [];
        var revisions = errors.Count == 0 ? groups.Where(g => g.IsRevision).Select(g => g.ToSubmission(team, errors)).OfType<Submission>().ToList() : [];
        return new CsvReadResult(submissions, revisions, errors, firstLines);
    }

    /// <summary>One row per deal; <c>submitted_at</c> only for a submitted snapshot (carried and skipped ones leave it empty).</summary>
    internal static IEnumerable<SubmissionRow> Rows(IEnumerable<Submission> submissions, IReadOnlyDictionary<RepId, string>? repNames)
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
            var (submittedAt, status) = submission.Status switch
            {
                SubmissionStatus.Submitted => (submission.SubmittedAt, SubmissionColumns.StatusSubmitted),
                SubmissionStatus.Skipped => (submission.SubmittedAt, SubmissionColumns.StatusSkipped),
                SubmissionStatus.Left => (null, SubmissionColumns.StatusLeft),
                _ => (null, SubmissionColumns.StatusCarried),
            };
            foreach (var deal in submission.Deals)
            {
                yield return new SubmissionRow(submission.Week, submission.Rep, name, deal, submittedAt, status);
            }
        }
    }

    internal static IEnumerable<SubmissionRow> RevisionRows(IEnumerable<Submission> revisions, IReadOnlyDictionary<RepId, string>? repNames)
    {
        foreach (var revision in revisions)
        {
            ArgumentNullException.ThrowIfNull(revision, nameof(revisions));
            var at = revision.SubmittedAt ?? throw new ArgumentException("A revision needs its instant.", nameof(revisions));
            var name = repNames is not null && repNames.TryGetValue(revision.Rep, out var known) ? known : revision.RepName;
            foreach (var deal in revision.Deals)
            {
                yield return new SubmissionRow(revision.Week, revision.Rep, name, deal, at, SubmissionColumns.StatusRevision);
            }
        }
    }

    private static bool CheckHeader(CsvRecord header, List<CsvError> errors)
    {
        // A file exported before the status column existed has the header without it.
        var expectedCount = header.Fields.Count == SubmissionColumns.LegacyCount ? SubmissionColumns.LegacyCount : Columns.Count;
        for (var i = 0; i < Math.Max(header.Fields.Count, expectedCount); i++)
        {
            var found = i < header.Fields.Count ? header.Fields[i].Text : null;
            var expected = i < expectedCount ? Columns[i] : null;
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
        var status = ReadStatus(cells, submittedAt);

        if (errors.Count > before || week is null || rep is null || repName is null || dealId is null || account is null
            || dealName is null || category is null || amount is null || closeDate is null || stage is null || reason is null
            || flags.Any(f => f is null) || status is null)
        {
            return null;
        }

        var deal = new DealForecast(dealId.Value, account, dealName, category.Value, amount.Value, closeDate.Value, stage.Value)
        {
            Checklist = new CommitChecklist(flags[0]!.Value, flags[1]!.Value, flags[2]!.Value, flags[3]!.Value, flags[4]!.Value),
            Unrealized = flags[5]!.Value,
            Reason = reason.Length == 0 ? null : reason,
        };
        return new SubmissionRow(week.Value, RepId.From(rep), repName, deal, submittedAt, status);
    }

    private static string? ReadStatus(RowCells cells, DateTimeOffset? submittedAt)
    {
        const string column = SubmissionColumns.Status;
        var text = cells.Has(column) ? cells.Raw(column) : string.Empty;
        if (text.Length == 0)
        {
            return submittedAt is null ? SubmissionColumns.StatusCarried : SubmissionColumns.StatusSubmitted;
        }

        if (text is not (SubmissionColumns.StatusSubmitted or SubmissionColumns.StatusCarried or SubmissionColumns.StatusSkipped or SubmissionColumns.StatusRevision or SubmissionColumns.StatusLeft))
        {
            cells.Fail(column, $"\"{text}\" is not a status; expected submitted, carried, skipped, revision or left");
            return null;
        }

        // A skip may lack its instant (recorded before instants were kept: it counts as known in time).
        if (text != SubmissionColumns.StatusSkipped && (text is SubmissionColumns.StatusCarried or SubmissionColumns.StatusLeft) != (submittedAt is null))
        {
            cells.Fail(column, text is SubmissionColumns.StatusCarried or SubmissionColumns.StatusLeft
                ? $"a {text} row has an empty submitted_at"
                : $"a {text} row needs its submitted_at");
            return null;
        }

        return text;
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
