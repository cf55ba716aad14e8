using System.Globalization;
using System.Text;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>
/// The summary for people as Markdown: a heading, compliance and away reps, one table of every figure with the team
/// and each rep as columns (amounts with two decimals, ratios as percent with one decimal, "—" when absent), and the
/// movements, largest first. Invariant formatting; text from users is escaped so it cannot break the tables.
/// </summary>
public static class SummaryMarkdown
{
    public static string Write(WeeklySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var reps = SummaryText.OrderedReps(summary);
        var text = new StringBuilder();
        var period = summary.Period;
        Line(text, $"# Weekly summary {summary.Week}");
        Line(text, string.Empty);
        Line(text, string.Create(
            CultureInfo.InvariantCulture,
            $"Week of Monday {period.Monday:yyyy-MM-dd}: week {period.WeekOfMonth} of {period.WeeksInMonth} in {period.Month}, fiscal quarter from {period.Quarter}."));
        var compliance = summary.Compliance is { } ratio ? $" ({SummaryText.Percent(ratio)})" : string.Empty;
        Line(text, string.Create(CultureInfo.InvariantCulture, $"Submitted on time: {summary.OnTimeCount} of {summary.ExpectedCount}{compliance}."));
        var away = summary.AwayReps;
        if (away.Count > 0)
        {
            Line(text, "Away: " + string.Join(", ", SummaryText.OrderedReps(summary).Where(r => r.Away).Select(r => Escape(r.RepName))) + ".");
        }

        Line(text, string.Empty);
        Line(text, "## Figures");
        Line(text, string.Empty);
        Row(text, ["Figure", "Team", .. reps.Select(r => r.RepName)], escape: true);
        Row(text, ["---", .. Enumerable.Repeat("---:", reps.Count + 1)], escape: false);
        Row(text, ["Status", string.Empty, .. reps.Select(SummaryText.Status)], escape: true);
        foreach (var column in FigureColumn.All)
        {
            Row(
                text,
                [column.Label, SummaryText.Display(column.Kind, column.Value(summary.TeamFigures)), .. reps.Select(r => SummaryText.Display(column.Kind, column.Value(r.Figures)))],
                escape: false);
        }

        Line(text, string.Empty);
        Line(text, "## Movements since last week");
        Line(text, string.Empty);
        if (summary.Movements.Count == 0)
        {
            Line(text, "No movements.");
            return text.ToString();
        }

        var names = summary.Reps.ToDictionary(r => r.Rep, r => r.RepName);
        Row(text, ["Rep", "Deal", "Movement", "From", "To", "Amount change"], escape: false);
        Row(text, ["---", "---", "---", "---", "---", "---:"], escape: false);
        foreach (var movement in summary.Movements)
        {
            Row(
                text,
                [
                    names.GetValueOrDefault(movement.Rep, movement.Rep.Value),
                    movement.Deal.Value,
                    movement.Kind.ToString(),
                    movement.From,
                    movement.To,
                    movement.AmountDelta.ToString("+#,##0.00;-#,##0.00;0.00", CultureInfo.InvariantCulture),
                ],
                escape: true);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells, bool escape) =>
        Line(text, "| " + string.Join(" | ", cells.Select(c => escape ? Escape(c) : c)) + " |");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    /// <summary>Backslash-escapes Markdown punctuation and folds line breaks, so user text stays inside its cell.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
