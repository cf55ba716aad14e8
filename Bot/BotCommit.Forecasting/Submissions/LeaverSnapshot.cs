using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Submissions;

/// <summary>
/// A leaver's snapshot for a week on or after their leaving week (domain.md "When a rep leaves"), pure. It starts from
/// their <em>last snapshot of record</em> — the one of the week before they left, as that week's summary resolved it —
/// and keeps:
/// <list type="bullet">
/// <item>their bookings: Won deals in the week's snapshot scope (<see cref="SnapshotResolver.KeepsInScope"/>), which
/// count in the team's actuals, month and quarter figures and unrealized ratio, under "left";</item>
/// <item>their open deals that no other rep holds in the week (not yet reassigned), whose close date is not before the
/// week's fiscal quarter: the team's unassigned pipeline, listed and counted in nobody's commit. A deal reassigned and
/// then closed in an earlier quarter is therefore never listed again once it left the receiver's snapshot.</item>
/// </list>
/// Lost deals are dropped (they count in no figure). Status <see cref="SubmissionStatus.Left"/>, no submission instant.
/// Null when nothing is kept (the leaver then has no line in the week).
/// </summary>
public static class LeaverSnapshot
{
    /// <summary>How many weeks after the leaving week a leaver is still looked at (one quarter, like the carry).</summary>
    public const int MaxWeeksAfterLeaving = SnapshotResolver.MaxCarryWeeks;

    /// <param name="lastRecord">The leaver's resolved snapshot of the week before their leaving week, if any.</param>
    /// <param name="week">The week (their leaving week or later).</param>
    /// <param name="fiscalYearStartMonth">The team's fiscal-year start month.</param>
    /// <param name="heldByOthers">Deal ids other reps hold in their snapshots for <paramref name="week"/>.</param>
    public static Submission? For(Submission? lastRecord, ForecastWeek week, int fiscalYearStartMonth, IReadOnlySet<DealId> heldByOthers)
    {
        ArgumentNullException.ThrowIfNull(heldByOthers);
        if (lastRecord is null)
        {
            return null;
        }

        if (lastRecord.Week >= week)
        {
            throw new ArgumentException($"The last snapshot of record is for {lastRecord.Week}, not before {week}.", nameof(lastRecord));
        }

        var quarterStart = FiscalQuarter.Containing(week.Monday, fiscalYearStartMonth).Start;
        DealForecast[] kept =
        [
            .. lastRecord.Deals.Where(d =>
                (d.Category == ForecastCategory.Won && SnapshotResolver.KeepsInScope(d, week, fiscalYearStartMonth))
                || (d.IsOpen && !heldByOthers.Contains(d.Id) && d.CloseDate >= quarterStart)),
        ];
        return kept.Length == 0
            ? null
            : lastRecord with
            {
                Week = week,
                Deals = kept,
                Status = SubmissionStatus.Left,
                SubmittedAt = null,
                Late = false,
                SkipReason = null,
                SealedAfter = null,
            };
    }

    /// <summary>The deals of <paramref name="snapshot"/> that count in the figures: all, or for a leaver only the bookings.</summary>
    public static IReadOnlyList<DealForecast> Counted(Submission? snapshot) =>
        snapshot is null ? []
        : snapshot.Status == SubmissionStatus.Left ? [.. snapshot.Deals.Where(d => d.Category == ForecastCategory.Won)]
        : snapshot.Deals;

    /// <summary>The unassigned pipeline of a leaver's snapshot: its open deals (none for any other snapshot).</summary>
    public static IReadOnlyList<DealForecast> Unassigned(Submission? snapshot) =>
        snapshot?.Status == SubmissionStatus.Left ? [.. snapshot.Deals.Where(d => d.IsOpen)] : [];
}
