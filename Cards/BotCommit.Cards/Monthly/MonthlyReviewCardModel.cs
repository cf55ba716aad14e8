using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// What the monthly review card shows: the domain's <see cref="MonthlyReview"/> (every figure is taken from it, none is
/// recomputed), the team currency and, when computed, the funnel of the review's week, its TOP lists (N = <see cref="TopListSize"/>)
/// and stalled deals. <see cref="TeamFiguresOnly"/> is for a channel reps can read: team figures, the 12-month chart and
/// the funnel only, no names, plans or deals.
/// </summary>
public sealed record MonthlyReviewCardModel(MonthlyReview Review, string Currency)
{
    public MonthlyReview Review { get; init => field = value ?? throw new ArgumentNullException(nameof(Review)); } =
        Review ?? throw new ArgumentNullException(nameof(Review));

    public string Currency { get; init => field = CheckCurrency(value); } = CheckCurrency(Currency);

    /// <summary>The team's display name; may be empty.</summary>
    public string TeamName { get; init => field = value ?? string.Empty; } = string.Empty;

    public Funnel? Funnel { get; init; }

    public TopLists? TopLists { get; init; }

    /// <summary>N of the TOP lists (the team's setting).</summary>
    public int TopListSize { get; init; } = TopListCalculator.DefaultSize;

    /// <summary>The stalled deals of the review's week, longest in stage first (as <see cref="StalledDealCalculator.Stalled"/> orders them).</summary>
    public IReadOnlyList<StalledDeal> Stalled { get; init => field = value ?? []; } = [];

    public bool TeamFiguresOnly { get; init; }

    /// <summary>The card of a whole composed review: its figures, funnel, TOP lists (their N) and stalled deals.</summary>
    public static MonthlyReviewCardModel For(MonthlyReviewContent content, string currency)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new MonthlyReviewCardModel(content.Review, currency)
        {
            Funnel = content.Funnel,
            TopLists = content.TopLists,
            TopListSize = content.TopListSize,
            Stalled = content.Stalled,
        };
    }

    private static string CheckCurrency(string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency, nameof(Currency));
        return currency;
    }
}
