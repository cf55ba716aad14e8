using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Summary;

/// <summary>
/// What the managers' summary card shows: the domain's <see cref="WeeklySummary"/> (every figure is taken from it,
/// none is recomputed), the team currency, and each rep's deals of the W snapshot (<see cref="Deals"/>, as resolved:
/// submitted, carried or skipped) and of W-1 (<see cref="PreviousDeals"/>), which name the deals behind movements, soft
/// commits and hidden commits. <see cref="Late"/> marks a summary posted after the call time.
/// </summary>
public sealed record SummaryCardModel(WeeklySummary Summary, string Currency)
{
    private static readonly IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> NoDeals =
        new Dictionary<RepId, IReadOnlyList<DealForecast>>();

    public WeeklySummary Summary { get; init => field = value ?? throw new ArgumentNullException(nameof(Summary)); } =
        Summary ?? throw new ArgumentNullException(nameof(Summary));

    public string Currency { get; init => field = CheckCurrency(value); } = CheckCurrency(Currency);

    /// <summary>The team's display name; may be empty.</summary>
    public string TeamName { get; init => field = value ?? string.Empty; } = string.Empty;

    public bool Late { get; init; }

    /// <summary>
    /// For a channel reps can read: the header and the team figures only — no names, no deals, no rep table, no chart —
    /// and a line saying the details went to the managers privately.
    /// </summary>
    public bool TeamFiguresOnly { get; init; }

    /// <summary>Each rep's deals in the W snapshot (missing reps: no deals).</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Deals { get; init => field = value ?? NoDeals; } = NoDeals;

    /// <summary>Each rep's deals in the W-1 snapshot.</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> PreviousDeals { get; init => field = value ?? NoDeals; } = NoDeals;

    /// <summary>The model of one rep's thread reply, with their accuracy history when it was computed.</summary>
    public RepDetailModel DetailFor(RepSummary rep, AccuracyHistory? accuracy, IReadOnlyList<Forecasting.Submissions.Submission>? revisions = null)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return new RepDetailModel(rep, Summary.Period, Currency)
        {
            Revisions = revisions ?? [],
            Movements = [.. Summary.Movements.Where(m => m.Rep == rep.Rep)],
            Deals = Deals.GetValueOrDefault(rep.Rep) ?? [],
            PreviousDeals = PreviousDeals.GetValueOrDefault(rep.Rep) ?? [],
            Accuracy = accuracy,
        };
    }

    private static string CheckCurrency(string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency, nameof(Currency));
        return currency;
    }
}
