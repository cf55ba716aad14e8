using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// The TOP lists of a review week W (pure), from every rep's snapshots of record up to W. Membership is decided per
/// snapshot with that snapshot's own week (M, its month, its fiscal quarter): "booked this month" = Won with close date in
/// M's month; "closing" = open at stage ≥ 90 % with close date up to the end of M's fiscal quarter (an overdue deal still
/// open counts); "best few" = open at stage 60–80 %. Each list holds the N largest deals of W's snapshots, ordered by
/// amount descending, then close date ascending (the sooner first), then rep id and deal id (ordinal): the same input
/// always gives the same list. Weeks in the list = the consecutive weeks, ending at W, whose snapshot of record had the
/// deal (same id, same rep) in that list; a week without a snapshot ends the run.
/// </summary>
public static class TopListCalculator
{
    /// <summary>N when admins set nothing.</summary>
    public const int DefaultSize = 10;

    /// <summary>Whether <paramref name="deal"/>, as a snapshot of the week of <paramref name="period"/> states it, is in the <paramref name="kind"/> list.</summary>
    public static bool IsIn(TopListKind kind, DealForecast deal, ReviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(period);
        return kind switch
        {
            TopListKind.BookedThisMonth => deal.Category == ForecastCategory.Won && period.Month.Contains(deal.CloseDate),
            TopListKind.Closing => deal.IsOpen && deal.Stage >= Stage.Closing && deal.CloseDate <= period.Quarter.End,
            TopListKind.BestFew => deal.IsOpen && deal.Stage.Percent is >= 60 and <= 80,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a TOP list."),
        };
    }

    /// <param name="week">The review week W.</param>
    /// <param name="fiscalYearStartMonth">The team's fiscal-year start month.</param>
    /// <param name="reps">Each rep's snapshots of record up to W (at least W's for the rep to appear).</param>
    /// <param name="size">N, at least 1.</param>
    public static TopLists Compute(ForecastWeek week, int fiscalYearStartMonth, IReadOnlyList<RepSnapshotHistory> reps, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return new TopLists(
            week,
            List(TopListKind.BookedThisMonth, week, fiscalYearStartMonth, reps, size),
            List(TopListKind.Closing, week, fiscalYearStartMonth, reps, size),
            List(TopListKind.BestFew, week, fiscalYearStartMonth, reps, size));
    }

    private static TopDeal[] List(TopListKind kind, ForecastWeek week, int fiscalYearStartMonth, IReadOnlyList<RepSnapshotHistory> reps, int size)
    {
        var period = ReviewPeriod.For(week, fiscalYearStartMonth);
        var candidates = new List<(RepSnapshotHistory Rep, DealForecast Deal)>();
        foreach (var rep in reps)
        {
            ArgumentNullException.ThrowIfNull(rep, nameof(reps));
            if (rep.SnapshotFor(week) is { } snapshot)
            {
                candidates.AddRange(snapshot.Deals.Where(d => IsIn(kind, d, period)).Select(d => (rep, d)));
            }
        }

        return
        [
            .. candidates
                .OrderByDescending(c => c.Deal.Amount)
                .ThenBy(c => c.Deal.CloseDate)
                .ThenBy(c => c.Rep.Rep.Value, StringComparer.Ordinal)
                .ThenBy(c => c.Deal.Id.Value, StringComparer.Ordinal)
                .Take(size)
                .Select(c => new TopDeal(
                    c.Rep.Rep,
                    c.Rep.RepName,
                    c.Deal.Id,
                    c.Deal.Account,
                    c.Deal.Name,
                    c.Deal.Amount,
                    c.Deal.CloseDate,
                    c.Deal.Stage,
                    c.Deal.Category,
                    WeeksIn(kind, c.Deal.Id, c.Rep, week, fiscalYearStartMonth))),
        ];
    }

    private static int WeeksIn(TopListKind kind, DealId id, RepSnapshotHistory rep, ForecastWeek week, int fiscalYearStartMonth) =>
        rep.BackFrom(week)
            .TakeWhile(s => s.Deals.FirstOrDefault(d => d.Id == id) is { } deal && IsIn(kind, deal, ReviewPeriod.For(s.Week, fiscalYearStartMonth)))
            .Count();
}
