using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Submissions;

/// <summary>
/// Decides a rep's snapshot for a week (pure). Rules, in order:
/// <list type="number">
/// <item>The rep's own <see cref="SubmissionStatus.Submitted"/> submission for the week is the snapshot, unchanged.</item>
/// <item>A <see cref="SubmissionStatus.Skipped"/> submission (away) stays skipped; when it carries no deals, it takes
/// the carried deals of the latest earlier snapshot, so the team's amounts still see the rep's pipeline.</item>
/// <item>Otherwise the latest earlier snapshot (or a snapshot already carried into this week) is carried forward:
/// week set to this week, status <see cref="SubmissionStatus.CarriedForward"/>, <c>SubmittedAt</c> null, not late, no
/// skip reason, and Won/Lost deals outside the snapshot's scope dropped (<see cref="KeepsInScope"/>: closed in the fiscal
/// quarter containing the week's Monday or in the week before it).</item>
/// <item>With neither, there is no snapshot (null).</item>
/// <item>A leaver's snapshot (<see cref="SubmissionStatus.Left"/>, <see cref="LeaverSnapshot"/>) is returned as it is.</item>
/// </list>
/// Carrying is idempotent: resolving a carried snapshot again for the same week returns an equal snapshot.
/// </summary>
public static class SnapshotResolver
{
    /// <summary>How far back a silent rep is carried from (weeks).</summary>
    public const int MaxCarryWeeks = 13;

    /// <summary>
    /// Whether <see cref="Resolve"/> needs the rep's latest earlier snapshot: there is no own submission, or it is a skip
    /// without deals (which takes the carried deals).
    /// </summary>
    public static bool NeedsEarlier(Submission? own) =>
        own is null || (own.Status == SubmissionStatus.Skipped && own.Deals.Count == 0);

    /// <param name="own">The rep's stored submission for <paramref name="week"/>, if any (may itself be a stored carry).</param>
    /// <param name="latestEarlier">The rep's latest snapshot before <paramref name="week"/>, if any.</param>
    /// <param name="week">The week to resolve.</param>
    /// <param name="fiscalYearStartMonth">The team's fiscal-year start month (1..12).</param>
    public static Submission? Resolve(Submission? own, Submission? latestEarlier, ForecastWeek week, int fiscalYearStartMonth)
    {
        if (own is not null && own.Week != week)
        {
            throw new ArgumentException($"The submission is for {own.Week}, not {week}.", nameof(own));
        }

        if (latestEarlier is not null && latestEarlier.Week >= week)
        {
            throw new ArgumentException($"The earlier snapshot is for {latestEarlier.Week}, not before {week}.", nameof(latestEarlier));
        }

        if (own is not null && latestEarlier is not null && (own.Team != latestEarlier.Team || own.Rep != latestEarlier.Rep))
        {
            throw new ArgumentException("The two snapshots belong to different reps.", nameof(latestEarlier));
        }

        switch (own?.Status)
        {
            case SubmissionStatus.Submitted:
            case SubmissionStatus.Left:
                return own;
            case SubmissionStatus.Skipped:
                return own.Deals.Count == 0 && latestEarlier is not null
                    ? own with { Deals = CarriedDeals(latestEarlier.Deals, week, fiscalYearStartMonth) }
                    : own;
            case SubmissionStatus.CarriedForward:
                return Carry(own, week, fiscalYearStartMonth);
            default:
                return latestEarlier is null ? null : Carry(latestEarlier, week, fiscalYearStartMonth);
        }
    }

    /// <summary>
    /// Whether <paramref name="deal"/> belongs in a snapshot for <paramref name="week"/> (domain.md "Periods and snapshots"):
    /// open, or Won/Lost with a close date in the fiscal quarter containing the week's Monday M <em>or in the week before M</em>
    /// (M−7..M−1), so that in a quarter's first week last week's bookings of the old quarter still count as last week's actual.
    /// </summary>
    public static bool KeepsInScope(DealForecast deal, ForecastWeek week, int fiscalYearStartMonth)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (deal.IsOpen)
        {
            return true;
        }

        var monday = week.Monday;
        return FiscalQuarter.Containing(monday, fiscalYearStartMonth).Contains(deal.CloseDate)
            || (deal.CloseDate >= monday.AddDays(-7) && deal.CloseDate < monday);
    }

    private static Submission Carry(Submission source, ForecastWeek week, int fiscalYearStartMonth) =>
        source with
        {
            Week = week,
            Deals = CarriedDeals(source.Deals, week, fiscalYearStartMonth),
            Status = SubmissionStatus.CarriedForward,
            SubmittedAt = null,
            Late = false,
            SkipReason = null,
        };

    private static DealForecast[] CarriedDeals(IReadOnlyList<DealForecast> deals, ForecastWeek week, int fiscalYearStartMonth) =>
        [.. deals.Where(d => KeepsInScope(d, week, fiscalYearStartMonth))];
}
