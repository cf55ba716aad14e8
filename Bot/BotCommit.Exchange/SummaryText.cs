using System.Globalization;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>Ordering and invariant display text shared by the summary renderings.</summary>
internal static class SummaryText
{
    /// <summary>Reps by name (case-insensitive, then ordinal), then id: deterministic whatever the machine's culture.</summary>
    public static IReadOnlyList<RepSummary> OrderedReps(WeeklySummary summary) =>
        [.. summary.Reps
            .OrderBy(r => r.RepName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.RepName, StringComparer.Ordinal)
            .ThenBy(r => r.Rep.Value, StringComparer.Ordinal)];

    /// <summary>A figure for people: amounts with two decimals and separators, ratios as percent with one decimal, "—" when absent.</summary>
    public static string Display(FigureKind kind, decimal? value) => (kind, value) switch
    {
        (_, null) => "—",
        (FigureKind.Ratio, { } ratio) => Percent(ratio),
        (FigureKind.Count, { } count) => count.ToString("0", CultureInfo.InvariantCulture),
        (_, { } amount) => amount.ToString("N2", CultureInfo.InvariantCulture),
    };

    /// <summary>A ratio as percent rounded once, half away from zero, to one decimal: 0.97333 → "97.3 %".</summary>
    public static string Percent(decimal ratio) =>
        decimal.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>The rep's state in words: on time, late, carried, no submission; and away with the reason.</summary>
    public static string Status(RepSummary rep)
    {
        var parts = new List<string>();
        if (rep.Left)
        {
            return "left (bookings only)";
        }

        if (rep.Submitted)
        {
            parts.Add(rep.Late ? "late" : "on time");
        }
        else if (rep.Carried)
        {
            parts.Add("carried, not confirmed");
        }
        else if (rep.NoSnapshot)
        {
            parts.Add("no submission");
        }

        if (rep.SkippedLate)
        {
            parts.Add("skipped late");
        }

        if (rep.Away)
        {
            parts.Add(rep.AwayReason is { Length: > 0 } reason ? $"away ({reason})" : "away");
        }

        return string.Join("; ", parts);
    }
}
