using System.Globalization;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// The monthly forecasts CSV (issue #18 item 6): the forecasts of record of a team, one row per rep per covered month,
/// columns <c>month_of_forecast, rep_id, rep_name, month, forecast, upside, action_plan, state, submitted_at</c>. Written
/// like the submissions CSV (CsvHelper, RFC 4180, CRLF, the formula guard on rep_id, rep_name and action_plan): months
/// <c>yyyy-MM</c>; amounts invariant decimals with at most two decimals (<c>125000.50</c>); <c>state</c> <c>on_time</c>,
/// <c>late</c> or <c>carried</c>; <c>submitted_at</c> an ISO-8601 UTC instant, empty for a carried forecast. A forecast is
/// twelve rows (its months m..m+11 in order); the action plan and the instant are repeated on each and must agree.
/// </summary>
public static class MonthlyForecastsCsv
{
    public const string MonthOfForecast = "month_of_forecast";
    public const string RepIdColumn = "rep_id";
    public const string RepName = "rep_name";
    public const string Month = "month";
    public const string Forecast = "forecast";
    public const string Upside = "upside";
    public const string ActionPlan = "action_plan";
    public const string State = "state";
    public const string SubmittedAt = "submitted_at";

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [MonthOfForecast, RepIdColumn, RepName, Month, Forecast, Upside, ActionPlan, State, SubmittedAt];

    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    private static readonly Dictionary<MonthlyForecastState, string> s_states = new()
    {
        [MonthlyForecastState.OnTime] = "on_time",
        [MonthlyForecastState.Late] = "late",
        [MonthlyForecastState.Carried] = "carried",
    };

    /// <summary>The <c>state</c> column's word for <paramref name="state"/> (<c>on_time</c>, <c>late</c>, <c>carried</c>).</summary>
    public static string StateName(MonthlyForecastState state) => s_states[state];

    /// <summary>The CSV of <paramref name="forecasts"/>, in the given order; <paramref name="repNames"/> overrides each forecast's rep name.</summary>
    public static string ToText(IEnumerable<MonthlyForecastOfRecord> forecasts, IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var rows = new List<IReadOnlyList<string>> { Columns };
        foreach (var record in forecasts)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(forecasts));
            var f = record.Forecast;
            var name = repNames?.GetValueOrDefault(f.Rep) ?? f.RepName;
            var instant = f.SubmittedAt?.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture) ?? string.Empty;
            rows.AddRange(f.Lines.Select(line => (IReadOnlyList<string>)
            [
                f.Month.ToString(),
                FormulaGuard.Apply(f.Rep.Value),
                FormulaGuard.Apply(name),
                line.Month.ToString(),
                line.Forecast.ToString(CultureInfo.InvariantCulture),
                line.Upside.ToString(CultureInfo.InvariantCulture),
                FormulaGuard.Apply(f.ActionPlan ?? string.Empty),
                StateName(record.State),
                instant,
            ]));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvOutput.Write(writer, rows);
        return writer.ToString();
    }

    /// <summary>
    /// Reads the forecasts back (under <paramref name="team"/>; the file does not name it). Every problem is returned with
    /// its line and column, never thrown: a wrong header alone; otherwise bad cells, a forecast whose rows are not its
    /// twelve months in order, and rows of one forecast that disagree on name, action plan, state or instant.
    /// </summary>
    public static MonthlyForecastsReadResult Read(string text, TeamId team)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (records, syntax) = CsvRecords.Read(text, Columns);
        var errors = new List<CsvError>(syntax);
        if (records.Count == 0)
        {
            errors.Add(new CsvError(1, null, null, "the file is empty; expected the header row " + string.Join(',', Columns)) { Problem = CsvProblem.EmptyFile });
            return new MonthlyForecastsReadResult([], errors);
        }

        var found = records[0].Fields.Select(f => f.Text).ToList();
        if (!found.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            return new MonthlyForecastsReadResult([], [new CsvError(records[0].Line, null, null, "the header row must be " + string.Join(',', Columns))]);
        }

        var header = new CsvHeader(found);
        var groups = new List<(int Line, RowCells First, List<(RowCells Cells, MonthForecastLine? Line)> Rows)>();
        var byKey = new Dictionary<(YearMonth, RepId), int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Columns.Count)
            {
                errors.Add(new CsvError(record.Line, null, null, string.Create(CultureInfo.InvariantCulture, $"expected {Columns.Count} columns, found {record.Fields.Count}")));
                continue;
            }

            var cells = new RowCells(record, header, errors);
            var of = cells.Parse(MonthOfForecast, Month_, "is not a month like 2026-12");
            var rep = cells.Text(RepIdColumn, RepId.MaxLength, required: true, "a rep id");
            var month = cells.Parse(Month, Month_, "is not a month like 2026-12");
            var forecast = cells.Parse(Forecast, Amount, "is not an amount like 125000.50 (no sign, separator or more than two decimals)");
            var upside = cells.Parse(Upside, Amount, "is not an amount like 125000.50 (no sign, separator or more than two decimals)");
            if (of is null || rep is null)
            {
                continue;
            }

            var key = (of.Value, RepId.From(rep));
            if (!byKey.TryGetValue(key, out var index))
            {
                index = groups.Count;
                byKey[key] = index;
                groups.Add((record.Line, cells, []));
            }

            groups[index].Rows.Add((cells, month is { } m && forecast is { } fc && upside is { } up ? new MonthForecastLine(m, fc, up) : null));
        }

        var result = new List<MonthlyForecastOfRecord>();
        foreach (var (line, first, rows) in groups)
        {
            if (ToForecast(team, first, rows, errors) is { } forecast)
            {
                result.Add(forecast);
            }
        }

        return new MonthlyForecastsReadResult(errors.Count == 0 ? result : [], errors);
    }

    private static MonthlyForecastOfRecord? ToForecast(TeamId team, RowCells first, List<(RowCells Cells, MonthForecastLine? Line)> rows, List<CsvError> errors)
    {
        var month = YearMonth.Parse(first.Raw(MonthOfForecast));
        var rep = RepId.From(FormulaGuard.Remove(first.Raw(RepIdColumn)));
        var before = errors.Count;
        var name = first.Text(RepName, Rep.MaxDisplayNameLength, required: false, "a rep name") ?? string.Empty;
        var planText = first.Text(ActionPlan, MonthlyForecast.MaxActionPlanLength, required: false, "an action plan");
        var stateText = first.Raw(State);
        var state = s_states.FirstOrDefault(p => p.Value == stateText).Key;
        if (state == MonthlyForecastState.Unknown)
        {
            first.Fail(State, $"\"{stateText}\" is not one of on_time, late, carried");
        }

        var instantText = first.Raw(SubmittedAt);
        DateTimeOffset? instant = null;
        if (instantText.Length > 0)
        {
            instant = Instant(instantText);
            if (instant is null)
            {
                first.Fail(SubmittedAt, $"\"{instantText}\" is not a UTC instant like 2026-12-07T09:00:00Z");
            }
        }

        if ((state == MonthlyForecastState.Carried) != (instantText.Length == 0) && state != MonthlyForecastState.Unknown)
        {
            first.Fail(SubmittedAt, state == MonthlyForecastState.Carried ? "must be empty for a carried forecast" : "is empty; a submitted forecast has its instant");
        }

        if (planText is { Length: > 0 } && (string.IsNullOrWhiteSpace(planText) || !IsOneLine(planText)))
        {
            first.Fail(ActionPlan, "must be one line of text");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Cells;
            foreach (var column in new[] { RepName, ActionPlan, State, SubmittedAt })
            {
                if (cells.Raw(column) != first.Raw(column))
                {
                    cells.Fail(column, $"differs from the forecast's first row (line {first.Line.ToString(CultureInfo.InvariantCulture)})");
                }
            }

            if (rows[i].Line is { } l && l.Month != month.AddMonths(i))
            {
                cells.Fail(Month, $"\"{l.Month}\" should be {month.AddMonths(i)}: a forecast's rows are its twelve months in order");
            }
        }

        if (rows.Count != MonthlyCalendar.MonthsCovered)
        {
            errors.Add(new CsvError(first.Line, null, null, string.Create(
                CultureInfo.InvariantCulture, $"the forecast of {rep} for {month} has {rows.Count} rows; a forecast has {MonthlyCalendar.MonthsCovered}")));
        }

        if (errors.Count > before || rows.Any(r => r.Line is null))
        {
            return null;
        }

        var forecast = new MonthlyForecast(team, rep, month, [.. rows.Select(r => r.Line!)])
        {
            RepName = name,
            ActionPlan = planText is { Length: > 0 } ? planText : null,
            SubmittedAt = instant,
        };
        return new MonthlyForecastOfRecord(forecast, state);
    }

    private static bool IsOneLine(string text) => text.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085']) < 0;

    private static YearMonth? Month_(string text) => YearMonth.TryParse(text, out var month) ? month : null;

    // Digits, optionally '.' and one or two more digits: no sign, separator, exponent or third decimal.
    private static decimal? Amount(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? text.Length : point;
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var valid = digits > 0 && text.Length > 0 && (point < 0 || decimals is 1 or 2)
            && text.Where((c, i) => i != point).All(char.IsAsciiDigit);
        return valid && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static DateTimeOffset? Instant(string text) =>
        (text.EndsWith('Z') || text.EndsWith("+00:00", StringComparison.Ordinal))
        && DateTimeOffset.TryParseExact(
            text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value.ToUniversalTime()
            : null;
}
