using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// The Monday summary of one team and week: the team's figures (sums of the reps' amounts, ratios of those sums,
/// the team's own targets), one line per rep, submission compliance, and the deal movements since last week.
/// </summary>
public sealed record WeeklySummary(TeamId Team, ReviewPeriod Period, SummaryFigures TeamFigures, IReadOnlyList<RepSummary> Reps)
{
    public ForecastWeek Week => Period.Week;

    /// <summary>Reps expected to submit: included reps who are not away and have not left.</summary>
    public int ExpectedCount { get; init; }

    /// <summary>Expected reps who submitted by the deadline.</summary>
    public int OnTimeCount { get; init; }

    /// <summary><see cref="OnTimeCount"/> ÷ <see cref="ExpectedCount"/>; null when nobody is expected. Healthy 1.</summary>
    public decimal? Compliance { get; init; }

    /// <summary>Reps who are away this week (excluded from compliance), in <see cref="Reps"/> order.</summary>
    public IReadOnlyList<RepSummary> AwayReps => [.. Reps.Where(r => r.Away)];

    /// <summary>
    /// The reps in the order people read them (the card's lists, the thread's replies): by name case-insensitively, then
    /// ordinally, then by id — the same order on every machine.
    /// </summary>
    public IReadOnlyList<RepSummary> RepsByName => RepsInOrder(null);

    /// <summary>
    /// The reps by name in the collation of <paramref name="culture"/> (<see cref="Teams.NameOrder"/>: pinyin for zh-CN,
    /// stroke order for zh-TW), then by id; ordinal for a null or unknown culture.
    /// </summary>
    public IReadOnlyList<RepSummary> RepsInOrder(string? culture) =>
        [.. Reps
            .OrderBy(r => r.RepName, Teams.NameOrder.For(culture))
            .ThenBy(r => r.Rep.Value, StringComparer.Ordinal)];

    /// <summary>Reps who had left by this week, whose bookings still count (in <see cref="Reps"/> order).</summary>
    public IReadOnlyList<RepSummary> LeftReps => [.. Reps.Where(r => r.Left)];

    /// <summary>
    /// The team's unassigned pipeline: leavers' open deals no other rep holds yet, counted in nobody's commit; by leaver
    /// (rep id, ordinal), then amount descending, then deal id.
    /// </summary>
    public IReadOnlyList<UnassignedDeal> Unassigned { get; init; } = [];

    /// <summary>Movements of all reps, largest |amount delta| first (see <see cref="DealMovementCalculator"/>).</summary>
    public IReadOnlyList<DealMovement> Movements { get; init; } = [];
}
