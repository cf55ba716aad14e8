using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>
/// The Monday summary card for the managers' channel (the thread's root post): title with the week (and "(late)"),
/// who is missing, late, carried forward or away, the team figures with their healthy bands and a ⚠ flag for each one
/// outside its band, a commit-vs-actual chart with a FactSet fallback, the largest deal movements, soft and hidden
/// commits, one ColumnSet row per rep, and the formulas in a collapsible section. The card is kept within
/// <see cref="MaxCardBytes"/>: lists are capped, names shortened, and when a large team still does not fit, the per-rep
/// table is cut and says how many reps follow in the thread (each rep gets a reply there).
/// </summary>
public static class SummaryCard
{
    /// <summary>Movements listed on the card (largest first); the rest are in the reps' replies.</summary>
    public const int MaxMovements = 10;

    /// <summary>Soft commits and hidden commits listed each.</summary>
    public const int MaxListedDeals = 5;

    /// <summary>Reps in the chart (largest last-week commit first).</summary>
    public const int MaxChartReps = 6;

    /// <summary>Names per "missing / late / carried / away" line.</summary>
    public const int MaxNamesPerLine = 20;

    /// <summary>Id of the collapsible container with the formulas.</summary>
    public const string FormulasId = "summary-formulas";

    /// <summary>Id of the container holding the per-rep table.</summary>
    public const string RepTableId = "summary-reps";

    /// <summary>The card's budget: the 40 KB target for the whole message, minus room for the activity around the card.</summary>
    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    public static AdaptiveCard Build(SummaryCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var writer = new SummaryCardWriter(model, locale);
        var all = writer.Write(writer.RepCount);
        if (Fits(all))
        {
            return all;
        }

        // The size grows with the number of rows: find the most rows that fit (a handful of builds, even for 1,000 reps).
        var best = writer.Write(0);
        var low = 1;
        var high = writer.RepCount - 1;
        while (low <= high)
        {
            var rows = low + ((high - low) / 2);
            var card = writer.Write(rows);
            if (Fits(card))
            {
                best = card;
                low = rows + 1;
            }
            else
            {
                high = rows - 1;
            }
        }

        return best;
    }

    private static bool Fits(AdaptiveCard card) => CardSize.Utf16Bytes(card.ToJson()) <= MaxCardBytes;
}
