using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// Days in stage and repeated slips from the snapshots of record (pure). For each open deal of review week W's snapshot:
/// <list type="bullet">
/// <item><b>Days in stage</b>: walk back from W through the consecutive weeks whose snapshot holds the deal (same id) open at
/// its current stage; the run ends at a week without a snapshot, without the deal, with the deal Won or Lost, or at another
/// stage. Days = W's Monday − the Monday of the run's first week. A deal that entered its stage in W has 0 days.</item>
/// <item><b>Slips</b>: over all the snapshots given, the number in which the deal's close date is later than in the
/// deal's previous snapshot (the nearest earlier one holding it), both times open — a Won or Lost date is a booking, not a
/// forecast.</item>
/// <item><b>Stalled</b> when open and: below 90 % with days in stage ≥ <see cref="StalledAfterDays"/>
/// (<see cref="StallReason.LongInStage"/>), or slips ≥ <see cref="StalledAfterSlips"/> at any stage
/// (<see cref="StallReason.RepeatedSlips"/>: a 90 % deal whose date keeps moving is exactly what a manager asks about).</item>
/// </list>
/// Give at least <see cref="MinimumHistoryWeeks"/> weeks so a deal can reach 42 days; slips are counted in the weeks given.
/// A deal is followed within its rep's snapshots; a deal reassigned to another rep starts a new history there.
/// </summary>
public static class StalledDealCalculator
{
    /// <summary>Six weekly reviews.</summary>
    public const int StalledAfterDays = 42;

    public const int StalledAfterSlips = 2;

    /// <summary>W and the six weeks before it.</summary>
    public const int MinimumHistoryWeeks = 7;

    /// <summary>The history of every open deal in <paramref name="rep"/>'s snapshot of <paramref name="week"/> (empty without one), in snapshot order.</summary>
    public static IReadOnlyList<DealStageHistory> Histories(ForecastWeek week, RepSnapshotHistory rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        if (rep.SnapshotFor(week) is not { } current)
        {
            return [];
        }

        // One lookup per week, oldest first, so a rep's history is read once for all their deals.
        WeekDeals[] weeks = [.. rep.Snapshots.Where(s => s.Week <= week).Select(s => new WeekDeals(s.Week, s.Deals.ToDictionary(d => d.Id)))];
        return [.. current.Deals.Where(d => d.IsOpen).Select(d => History(d, week, rep, weeks))];
    }

    /// <summary>
    /// The stalled deals of every rep at <paramref name="week"/>, longest in stage first, then amount descending, rep id and
    /// deal id (ordinal).
    /// </summary>
    public static IReadOnlyList<StalledDeal> Stalled(ForecastWeek week, IReadOnlyList<RepSnapshotHistory> reps)
    {
        ArgumentNullException.ThrowIfNull(reps);
        return
        [
            .. reps
                .SelectMany(rep => Histories(week, rep))
                .Select(h => new StalledDeal(h, ReasonsFor(h)))
                .Where(s => s.Reasons.Count > 0)
                .OrderByDescending(s => s.History.DaysInStage)
                .ThenByDescending(s => s.History.Deal.Amount)
                .ThenBy(s => s.History.Rep.Value, StringComparer.Ordinal)
                .ThenBy(s => s.History.Deal.Id.Value, StringComparer.Ordinal),
        ];
    }

    /// <summary>Why the deal of <paramref name="history"/> is stalled; empty when it is not.</summary>
    public static IReadOnlyList<StallReason> ReasonsFor(DealStageHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var reasons = new List<StallReason>();
        if (!history.Deal.IsOpen)
        {
            return reasons;
        }

        if (history.Deal.Stage < Stage.Closing && history.DaysInStage >= StalledAfterDays)
        {
            reasons.Add(StallReason.LongInStage);
        }

        if (history.SlipCount >= StalledAfterSlips)
        {
            reasons.Add(StallReason.RepeatedSlips);
        }

        return reasons;
    }

    private static DealStageHistory History(DealForecast deal, ForecastWeek week, RepSnapshotHistory rep, WeekDeals[] weeks)
    {
        // weeks ends with W's snapshot; walk back while the weeks are consecutive and the deal is open at its stage.
        var since = week;
        var expected = week;
        for (var i = weeks.Length - 1; i >= 0 && weeks[i].Week == expected; i--, expected = expected.Previous)
        {
            if (!weeks[i].Deals.TryGetValue(deal.Id, out var then) || !then.IsOpen || then.Stage != deal.Stage)
            {
                break;
            }

            since = weeks[i].Week;
        }

        var slips = 0;
        DealForecast? previous = null;
        foreach (var (_, deals) in weeks)
        {
            if (!deals.TryGetValue(deal.Id, out var then))
            {
                continue;
            }

            if (previous is { IsOpen: true } && then.IsOpen && then.CloseDate > previous.CloseDate)
            {
                slips++;
            }

            previous = then;
        }

        return new DealStageHistory(
            rep.Rep,
            rep.RepName,
            deal,
            since,
            week.Monday.DayNumber - since.Monday.DayNumber,
            weeks[0].Week == since,
            slips);
    }

    private readonly record struct WeekDeals(ForecastWeek Week, Dictionary<DealId, DealForecast> Deals);
}
