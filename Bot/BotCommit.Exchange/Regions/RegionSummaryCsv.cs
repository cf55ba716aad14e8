using System.Globalization;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// A region's summary for spreadsheets: the header (<see cref="Columns"/>), one row for the region, then one per child.
/// Amounts are invariant decimals without separators, ratios fractions rounded half away from zero to four decimals,
/// instants ISO 8601 in UTC, flags <c>true</c>/<c>false</c>, absent values empty; the quoting and formula guard of every
/// exchange CSV. The notes and moved deals in full are in the region summary JSON.
/// </summary>
public static class RegionSummaryCsv
{
    public static IReadOnlyList<string> Columns => RegionSummaryRows.Columns;

    public static string Write(RegionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvOutput.Write(writer, [Columns, .. RegionSummaryRows.Rows(summary).Select(row => (IReadOnlyList<string>)[.. row.Select(Field)])]);
        return writer.ToString();
    }

    private static string Field(RegionValue value) => value switch
    {
        RegionValue.Text text => FormulaGuard.Apply(text.Value),
        RegionValue.Amount amount => amount.Value.ToString(CultureInfo.InvariantCulture),
        RegionValue.Ratio ratio => decimal.Round(ratio.Value, 4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture),
        RegionValue.Count count => count.Value.ToString(CultureInfo.InvariantCulture),
        RegionValue.Flag flag => flag.Value ? "true" : "false",
        RegionValue.Instant instant => instant.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}
