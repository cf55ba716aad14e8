using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Everything the week's summary shows, from one read pass (<see cref="ComposeWeeklySummary"/>): the figures, each rep's
/// resolved deals of W and W-1 (which name the deals behind movements, soft and hidden commits), and each rep's
/// accuracy history for their thread reply. <see cref="Late"/>: posted after the call time.
/// </summary>
public sealed record WeeklySummaryComposition(TeamSettings Team, WeeklySummary Summary, bool Late)
{
    private static readonly IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> NoDeals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();

    /// <summary>Each rep's deals in the W snapshot as resolved (submitted, carried or skipped).</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Deals { get; init; } = NoDeals;

    /// <summary>Each rep's deals in the W-1 snapshot as resolved.</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> PreviousDeals { get; init; } = NoDeals;

    public IReadOnlyDictionary<RepId, AccuracyHistory> Accuracy { get; init; } = new Dictionary<RepId, AccuracyHistory>();

    /// <summary>The channel gets the team figures only: no deal names, no per-rep lines (<see cref="SummaryAudience"/>).</summary>
    public bool TeamFiguresOnly { get; init; }

    /// <summary>Who gets the details privately when <see cref="TeamFiguresOnly"/> (<see cref="SummaryAudience.PrivateReaders"/>).</summary>
    public IReadOnlyList<RepId> PrivateReaders { get; init; } = [];
}
