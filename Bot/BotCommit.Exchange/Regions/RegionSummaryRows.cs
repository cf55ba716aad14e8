using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// A region's summary as a table, one row for the region (<c>scope</c> = region) then one per child, with typed values
/// that <see cref="RegionSummaryCsv"/> writes as text and <see cref="RegionWorkbook"/> as cells. Columns are the region
/// summary JSON's, snake_case: the line, per figure its roll-up, call and judgement, who called, the notes of the call
/// of record, last week's attainment, targets, coverage and compliance.
/// </summary>
internal static class RegionSummaryRows
{
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(
    [
        "scope", "node", "name", "kind", "state",
        .. CallFigures.All.SelectMany(f => new[] { "roll_up_", "call_", "judgement_" }.Select(prefix => prefix + SummaryCsv.SnakeCase(Camel(f)))),
        "called_by", "called_at", "notes",
        "last_week_actual", "last_week_call", "last_week_no_call", "call_attainment", "last_week_roll_up", "roll_up_attainment",
        "month_target", "quarter_target", "month_forecast_to_target", "quarter_forecast_to_target",
        "open_pipeline_rest_of_quarter", "won_in_quarter", "pipeline_coverage",
        "reps_expected", "reps_on_time", "rep_compliance", "calls_expected", "calls_made", "manager_compliance",
    ]);

    public static IEnumerable<IReadOnlyList<RegionValue>> Rows(RegionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        yield return Row("region", summary.Region);
        foreach (var child in summary.Children)
        {
            yield return Row("child", child);
        }
    }

    private static List<RegionValue> Row(string scope, RegionLine line)
    {
        var row = new List<RegionValue>
        {
            new RegionValue.Text(scope),
            new RegionValue.Text(line.Node.Id.Value),
            new RegionValue.Text(line.Node.Name),
            new RegionValue.Text(line.Node.Kind.ToString()),
            new RegionValue.Text(line.State.ToString()),
        };
        foreach (var figure in CallFigures.All)
        {
            row.Add(new RegionValue.Amount(line.RollUp[figure]));
            row.Add(new RegionValue.Amount(line.Call[figure]));
            row.Add(new RegionValue.Amount(line.Judgement[figure]));
        }

        var notes = line.Record is { } record
            ? string.Join(" | ", record.Changes.Select(c => c.Figure + ": " + c.Note).Concat(record.Moves.Select(m => (m.Name.Length > 0 ? m.Name : m.Deal.Value) + ": " + m.Note)).Where(n => n.Length > 0))
            : string.Empty;
        row.Add(line.CalledBy is { } by ? new RegionValue.Text(by.Value) : new RegionValue.None());
        row.Add(line.CalledAt is { } at ? new RegionValue.Instant(at) : new RegionValue.None());
        row.Add(notes.Length > 0 ? new RegionValue.Text(notes) : new RegionValue.None());
        row.Add(new RegionValue.Amount(line.LastWeekActual));
        row.Add(Amount(line.LastWeekCall));
        row.Add(new RegionValue.Flag(line.LastWeekNoCall));
        row.Add(Ratio(line.CallAttainment));
        row.Add(Amount(line.LastWeekRollUp));
        row.Add(Ratio(line.RollUpAttainment));
        row.Add(Amount(line.MonthTarget));
        row.Add(Amount(line.QuarterTarget));
        row.Add(Ratio(line.MonthForecastToTarget));
        row.Add(Ratio(line.QuarterForecastToTarget));
        row.Add(new RegionValue.Amount(line.OpenPipelineRestOfQuarter));
        row.Add(new RegionValue.Amount(line.WonInQuarter));
        row.Add(Ratio(line.PipelineCoverage));
        row.Add(new RegionValue.Count(line.RepsExpected));
        row.Add(new RegionValue.Count(line.RepsOnTime));
        row.Add(Ratio(line.RepCompliance));
        row.Add(new RegionValue.Count(line.CallsExpected));
        row.Add(new RegionValue.Count(line.CallsMade));
        row.Add(Ratio(line.ManagerCompliance));
        return row;
    }

    private static RegionValue Amount(decimal? value) => value is { } v ? new RegionValue.Amount(v) : new RegionValue.None();

    private static RegionValue Ratio(decimal? value) => value is { } v ? new RegionValue.Ratio(v) : new RegionValue.None();

    private static string Camel(CallFigure figure) => char.ToLowerInvariant(figure.ToString()[0]) + figure.ToString()[1..];
}

/// <summary>One typed value of a <see cref="RegionSummaryRows"/> row.</summary>
internal abstract record RegionValue
{
    public sealed record Text(string Value) : RegionValue;

    public sealed record Amount(decimal Value) : RegionValue;

    public sealed record Ratio(decimal Value) : RegionValue;

    public sealed record Count(int Value) : RegionValue;

    public sealed record Flag(bool Value) : RegionValue;

    public sealed record Instant(DateTimeOffset Value) : RegionValue;

    public sealed record None : RegionValue;
}
