using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>Forecast accuracy history per rep (pure): actual ÷ commit for each past week, error and bias.</summary>
public static class AccuracyCalculator
{
    /// <summary>Fewest points a window needs before a bias is reported.</summary>
    public const int MinPointsForBias = 3;

    /// <summary>Attainment above this is "above the band" (<see cref="SummaryBands.AttainmentHigh"/>).</summary>
    public const decimal UpperBand = SummaryBands.AttainmentHigh;

    /// <summary>Attainment below this is "below the band" (<see cref="SummaryBands.AttainmentLow"/>).</summary>
    public const decimal LowerBand = SummaryBands.AttainmentLow;

    /// <summary>
    /// The accuracy of <paramref name="rep"/> as of review week <paramref name="asOf"/>, from the rep's snapshots
    /// (one per week, any order; other weeks are ignored). Measured weeks are W-1 back to W-13; week X needs the
    /// snapshots of X (commit) and X+1 (actual) and a positive commit, otherwise it is skipped.
    /// </summary>
    public static AccuracyHistory Compute(RepId rep, ForecastWeek asOf, IReadOnlyList<Submission> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var byWeek = new Dictionary<ForecastWeek, Submission>();
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            if (snapshot.Rep != rep)
            {
                throw new ArgumentException($"A snapshot of {snapshot.Rep} was passed for {rep}.", nameof(snapshots));
            }

            if (!byWeek.TryAdd(snapshot.Week, snapshot))
            {
                throw new ArgumentException($"Two snapshots for {snapshot.Week}.", nameof(snapshots));
            }
        }

        var points = new List<AccuracyPoint>();
        for (var back = 13; back >= 1; back--)
        {
            var week = WeeksBefore(asOf, back);
            if (byWeek.TryGetValue(week, out var committed) && byWeek.TryGetValue(week.Next, out var booked))
            {
                var commit = SumIn(committed.Deals, ForecastCategory.Commit, week);
                if (commit > 0m)
                {
                    points.Add(new AccuracyPoint(week, commit, SumIn(booked.Deals, ForecastCategory.Won, week)));
                }
            }
        }

        var fourWeeksBack = WeeksBefore(asOf, 4);
        return new AccuracyHistory(
            rep,
            asOf,
            new AccuracyWindow(4, [.. points.Where(p => p.Week >= fourWeeksBack)]),
            new AccuracyWindow(13, points));
    }

    /// <summary>
    /// The bias rule: with fewer than <see cref="MinPointsForBias"/> points, <see cref="AccuracyBias.None"/>.
    /// Otherwise <see cref="AccuracyBias.Sandbagging"/> when at least three quarters of the points are above
    /// <see cref="UpperBand"/> (strictly) and none is below <see cref="LowerBand"/>;
    /// <see cref="AccuracyBias.OverCommitting"/> when at least three quarters are below <see cref="LowerBand"/>
    /// (strictly) and none is above <see cref="UpperBand"/>; else <see cref="AccuracyBias.None"/>.
    /// </summary>
    public static AccuracyBias BiasOf(IReadOnlyList<AccuracyPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < MinPointsForBias)
        {
            return AccuracyBias.None;
        }

        var above = points.Count(p => p.Attainment > UpperBand);
        var below = points.Count(p => p.Attainment < LowerBand);
        if (below == 0 && above * 4 >= points.Count * 3)
        {
            return AccuracyBias.Sandbagging;
        }

        return above == 0 && below * 4 >= points.Count * 3 ? AccuracyBias.OverCommitting : AccuracyBias.None;
    }

    private static ForecastWeek WeeksBefore(ForecastWeek week, int count) =>
        ForecastWeek.FromMonday(week.Monday.AddDays(-7 * count));

    private static decimal SumIn(IReadOnlyList<DealForecast> deals, ForecastCategory category, ForecastWeek week) =>
        deals.Where(d => d.Category == category && week.Contains(d.CloseDate)).Sum(d => d.Amount);
}
