using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The submissions CSV of domain.md ("Exchange formats"): UTF-8, a header row, one row per deal per rep per week,
/// RFC 4180 quoting, CRLF line ends on write (CRLF, LF or CR accepted on read). Values: <c>week</c> <c>2026-W49</c>;
/// <c>category</c> Commit, Upside, Pipeline, Won or Lost; <c>amount</c> an invariant decimal with at most two decimals
/// and no thousands separator (<c>125000.50</c>); <c>close_date</c> <c>yyyy-MM-dd</c>; <c>stage</c> 0, 25, 50, 60,
/// 70, 80, 90 or 100; the six flags <c>true</c>/<c>false</c>; <c>reason</c> free text (empty = none);
/// <c>submitted_at</c> an ISO-8601 UTC instant (<c>2026-11-29T18:00:00Z</c>) or empty for a carried-forward snapshot.
/// <para>
/// The free-text columns (rep_id, rep_name, deal_id, account, deal_name, reason) carry the formula-injection guard
/// described on <c>Exchange/README.md</c>: a value starting with <c>= + - @</c>, tab or CR is written with a leading
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
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(
    [
        "week", "rep_id", "rep_name", "deal_id", "account", "deal_name", "category", "amount", "close_date", "stage",
        "config_final", "end_user_contract", "partner_contract", "discount_approved", "partner_ready", "unrealized",
        "reason", "submitted_at",
    ]);

    /// <summary>The header line as written (without the line end).</summary>
    public static string Header { get; } = string.Join(',', Columns);

    /// <summary>A reader stops collecting errors after this many (the file is evidently not a submissions CSV).</summary>
    public const int MaxErrors = 100;

    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

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
        CsvText.WriteRecord(writer, Columns);
        var seen = new HashSet<(ForecastWeek, RepId)>();
        foreach (var submission in submissions)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            if (!seen.Add((submission.Week, submission.Rep)))
            {
                throw new ArgumentException($"Two submissions of rep '{submission.Rep}' for {submission.Week}.", nameof(submissions));
            }

            var name = repNames is not null && repNames.TryGetValue(submission.Rep, out var known) ? known : submission.RepName;
            var submittedAt = submission.Status == SubmissionStatus.Submitted && submission.SubmittedAt is { } at
                ? at.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture)
                : string.Empty;
            foreach (var deal in submission.Deals)
            {
                CsvText.WriteRecord(writer, Row(submission, name, deal, submittedAt));
            }
        }
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
        var (records, syntaxErrors) = CsvParser.Parse(text, Columns);
        var firstLines = new Dictionary<RepId, int>();

        // Without a readable header nothing else can be trusted (e.g. the wrong file): report only that.
        var headerErrors = syntaxErrors.Where(e => e.Line == 1).ToList();
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

            var row = ParseRow(record, errors);
            if (row is null)
            {
                continue;
            }

            firstLines.TryAdd(row.Rep, record.Line);
            if (!byKey.TryGetValue((row.Week, row.Rep), out var group))
            {
                group = new SnapshotRows(row);
                byKey.Add((row.Week, row.Rep), group);
                groups.Add(group);
            }

            group.Add(row, errors);
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

    private static IEnumerable<string> Row(Submission submission, string repName, DealForecast deal, string submittedAt) =>
    [
        submission.Week.ToString(),
        CsvText.Guard(submission.Rep.Value),
        CsvText.Guard(repName),
        CsvText.Guard(deal.Id.Value),
        CsvText.Guard(deal.Account),
        CsvText.Guard(deal.Name),
        deal.Category.ToString(),
        deal.Amount.ToString(CultureInfo.InvariantCulture),
        deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        deal.Stage.Percent.ToString(CultureInfo.InvariantCulture),
        Flag(deal.Checklist.ConfigurationFinal),
        Flag(deal.Checklist.EndUserContractSigned),
        Flag(deal.Checklist.PartnerContractSigned),
        Flag(deal.Checklist.DiscountApproved),
        Flag(deal.Checklist.PartnerReadyToOrder),
        Flag(deal.Unrealized),
        CsvText.Guard(deal.Reason ?? string.Empty),
        submittedAt,
    ];

    private static string Flag(bool value) => value ? "true" : "false";

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

    private static CsvRow? ParseRow(CsvRecord record, List<CsvError> errors)
    {
        var before = errors.Count;
        var cells = new RowCells(record, errors);

        var week = cells.Parse(0, text => ForecastWeek.TryParse(text, out var w) ? w : (ForecastWeek?)null, "is not an ISO week like 2026-W49");
        var rep = cells.Text(1, RepId.MaxLength, required: true, "the rep's id");
        var repName = cells.Text(2, Rep.MaxDisplayNameLength, required: false, "the rep's name");
        var dealId = cells.Parse(
            3,
            text => DealId.TryFrom(CsvText.Unguard(text), out var id) ? id : (DealId?)null,
            $"is not a deal id (1..{DealId.MaxLength} characters of A-Z, a-z, 0-9, '_' or '-')");
        var account = cells.Text(4, DealForecast.MaxAccountLength, required: true, "the account");
        var dealName = cells.Text(5, DealForecast.MaxNameLength, required: true, "the deal's name");
        var category = cells.Parse(
            6,
            text => Array.IndexOf(s_categories, text) >= 0 ? Enum.Parse<ForecastCategory>(text) : (ForecastCategory?)null,
            "is not a category; expected one of Commit, Upside, Pipeline, Won, Lost");
        var amount = ParseAmount(cells);
        var closeDate = cells.Parse(
            8,
            text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null,
            "is not a date like 2026-12-31 (yyyy-MM-dd)");
        var stage = cells.Parse(
            9,
            text => StageDigits().IsMatch(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && Stage.TryFrom(p, out var s) ? s : (Stage?)null,
            "is not a stage; expected one of 0, 25, 50, 60, 70, 80, 90, 100");
        var flags = new bool?[6];
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] = cells.Parse(10 + i, text => text switch { "true" => true, "false" => false, _ => (bool?)null }, "is not a flag; expected true or false");
        }

        var reason = cells.Text(16, DealForecast.MaxReasonLength, required: false, "a reason");
        var submittedAt = ParseInstant(cells);

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
        return new CsvRow(record, week.Value, RepId.From(rep), repName, deal, submittedAt);
    }

    private static decimal? ParseAmount(RowCells cells)
    {
        var text = cells.Raw(7);
        if (text.StartsWith('-') && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            cells.Fail(7, $"\"{text}\" is negative; an amount is zero or more");
            return null;
        }

        if (!AmountDigits().IsMatch(text))
        {
            cells.Fail(7, $"\"{text}\" is not an invariant decimal like 1000.00");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            cells.Fail(7, $"\"{text}\" is too large for an amount");
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            cells.Fail(7, $"\"{text}\" has more than 2 decimals");
            return null;
        }

        return amount;
    }

    private static DateTimeOffset? ParseInstant(RowCells cells)
    {
        var text = cells.Raw(17);
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

        cells.Fail(17, $"\"{text}\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z (or empty for a carried-forward snapshot)");
        return null;
    }

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountDigits();

    [GeneratedRegex("^[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StageDigits();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?(Z|\\+00:00)$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantText();
}
