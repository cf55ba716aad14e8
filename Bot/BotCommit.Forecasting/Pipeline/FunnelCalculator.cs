using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// The funnel's shape (pure). A deal's phase comes from its stage: 0–25 % above funnel, 50 % in funnel, 60–90 % best few,
/// 100 % order. Open deals (Commit, Upside, Pipeline) are counted in their phase; Won deals are orders too — those closed
/// in the fiscal quarter of the snapshot's week, i.e. the quarter's orders so far, so that the comparison at the same
/// week-of-quarter compares like with like (a snapshot's Won deals of the previous quarter's last week are left out).
/// Lost deals are in no phase.
/// </summary>
public static class FunnelCalculator
{
    /// <summary>Seed 000 expects each phase to grow 15 % quarter over quarter; less is flagged.</summary>
    public const decimal ExpectedQuarterGrowth = 0.15m;

    private static readonly FunnelPhase[] Order = [FunnelPhase.AboveFunnel, FunnelPhase.InFunnel, FunnelPhase.BestFew, FunnelPhase.Order];

    /// <summary>The phase of <paramref name="deal"/> in a snapshot whose week belongs to <paramref name="quarter"/>; null when in none.</summary>
    public static FunnelPhase? PhaseOf(DealForecast deal, FiscalQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (deal.Category == ForecastCategory.Won)
        {
            return quarter.Contains(deal.CloseDate) ? FunnelPhase.Order : null;
        }

        if (!deal.IsOpen)
        {
            return null;
        }

        return deal.Stage.Percent switch
        {
            <= 25 => FunnelPhase.AboveFunnel,
            50 => FunnelPhase.InFunnel,
            < 100 => FunnelPhase.BestFew,
            _ => FunnelPhase.Order,
        };
    }

    /// <summary>
    /// The funnel of <paramref name="week"/> from every rep's snapshot of record for it (<paramref name="snapshots"/>, one per
    /// rep) against their snapshots of record for <see cref="FunnelCalendar.SameWeekOneQuarterEarlier"/>
    /// (<paramref name="comparisonSnapshots"/>; empty when there is no history).
    /// </summary>
    public static Funnel Compute(
        ForecastWeek week, int fiscalYearStartMonth, IReadOnlyList<Submission> snapshots, IReadOnlyList<Submission> comparisonSnapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(comparisonSnapshots);
        var comparisonWeek = FunnelCalendar.SameWeekOneQuarterEarlier(week, fiscalYearStartMonth);
        Check(snapshots, week, nameof(snapshots));
        Check(comparisonSnapshots, comparisonWeek, nameof(comparisonSnapshots));

        var now = Tally(snapshots, FunnelCalendar.QuarterOf(week, fiscalYearStartMonth));
        var then = Tally(comparisonSnapshots, FunnelCalendar.QuarterOf(comparisonWeek, fiscalYearStartMonth));
        return new Funnel(
            week,
            comparisonWeek,
            [.. Order.Select(p => new FunnelPhaseFigures(p, now[p].Count, now[p].Amount, then[p].Count, then[p].Amount))]);
    }

    private static Dictionary<FunnelPhase, (int Count, decimal Amount)> Tally(IReadOnlyList<Submission> snapshots, FiscalQuarter quarter)
    {
        var tally = Order.ToDictionary(p => p, _ => (Count: 0, Amount: 0m));
        foreach (var deal in snapshots.SelectMany(s => s.Deals))
        {
            if (PhaseOf(deal, quarter) is { } phase)
            {
                var (count, amount) = tally[phase];
                tally[phase] = (count + 1, amount + deal.Amount);
            }
        }

        return tally;
    }

    private static void Check(IReadOnlyList<Submission> snapshots, ForecastWeek week, string paramName)
    {
        var reps = new HashSet<(string Team, string Rep)>();
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, paramName);
            if (snapshot.Week != week)
            {
                throw new ArgumentException($"A snapshot of {snapshot.Week} passed for {week}.", paramName);
            }

            if (!reps.Add((snapshot.Team.Value, snapshot.Rep.Value)))
            {
                throw new ArgumentException($"Two snapshots of {snapshot.Rep} for {week}.", paramName);
            }
        }
    }
}
