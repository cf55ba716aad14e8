using System.Globalization;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>
/// The summary for spreadsheets: one row for the team (<c>scope</c> = team) and one per rep, columns
/// <c>scope,rep_id,rep_name,status,</c> then every figure (snake_case of <see cref="SummaryJson.FigureNames"/>) and
/// <c>compliance</c> (team row only). Amounts are invariant decimals without separators; ratios are fractions rounded
/// half away from zero to four decimals (0.9733 = 97.33 %); absent values are empty. RFC 4180 quoting (CsvHelper) with
/// the formula guard of the submissions CSV; movements are in the JSON and Markdown renderings.
/// </summary>
public static class SummaryCsv
{
    /// <summary>Column names of the header row.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(
        ["scope", "rep_id", "rep_name", "status", .. FigureColumn.All.Select(f => SnakeCase(f.Name)), "compliance"]);

    public static string Write(WeeklySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvOutput.Write(writer, [Columns, TeamRow(summary), .. SummaryText.OrderedReps(summary).Select(RepRow)]);
        return writer.ToString();
    }

    private static IReadOnlyList<string> TeamRow(WeeklySummary summary) =>
        ["team", string.Empty, string.Empty, string.Empty, .. Figures(summary.TeamFigures), Value(FigureKind.Ratio, summary.Compliance)];

    private static IReadOnlyList<string> RepRow(RepSummary rep) =>
        ["rep", FormulaGuard.Apply(rep.Rep.Value), FormulaGuard.Apply(rep.RepName), FormulaGuard.Apply(SummaryText.Status(rep)), .. Figures(rep.Figures), string.Empty];

    private static IEnumerable<string> Figures(SummaryFigures figures) =>
        FigureColumn.All.Select(f => Value(f.Kind, f.Value(figures)));

    private static string Value(FigureKind kind, decimal? value) => (kind, value) switch
    {
        (_, null) => string.Empty,
        (FigureKind.Ratio, { } ratio) => decimal.Round(ratio, 4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture),
        (_, { } amount) => amount.ToString(CultureInfo.InvariantCulture),
    };

    internal static string SnakeCase(string camel) =>
        string.Concat(camel.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
