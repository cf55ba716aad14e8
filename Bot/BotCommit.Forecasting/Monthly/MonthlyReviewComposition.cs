using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Composes the whole monthly review of month m (pure; <see cref="MonthlyReviewContent"/>) from what its callers read — the
/// bot from its stores (<see cref="MonthlyCheckIn.ComputeMonthlyReview"/>), the offline command from exported files:
/// <list type="bullet">
/// <item>roster: the members who had not left by m's due week W (<see cref="MonthlyCalendar.DueWeek"/>);</item>
/// <item>forecasts of record of m and m−1 per rep, as the caller resolved them;</item>
/// <item>snapshots of record per (rep, week) through <c>snapshot</c>: the week's stored snapshot, or the carried one
/// (<see cref="SnapshotResolver"/>), as the weekly summary resolves them;</item>
/// <item>away: away for W as known by its deadline — a team holiday, the rep's away period, or a timely skip of W;</item>
/// <item>the figures (<see cref="MonthlyReviewCalculator"/>) from the first snapshot of m (W), the first of m−1 and the last
/// of m−1 (<see cref="MonthlyCalendar.LastWeek"/>);</item>
/// <item>the funnel of W against the same week one quarter earlier (<see cref="FunnelCalendar.SameWeekOneQuarterEarlier"/>);</item>
/// <item>the TOP lists (N = <c>topListSize</c>) and stalled deals over the <see cref="HistoryWeeks"/> weeks W−13..W.</item>
/// </list>
/// <see cref="WeeksNeeded"/> are the weeks whose snapshots it asks for.
/// </summary>
public static class MonthlyReviewComposition
{
    /// <summary>The weeks of snapshot history the TOP lists and stalled deals read (W−13..W, as the summary thread does).</summary>
    public const int HistoryWeeks = 14;

    /// <summary>
    /// The weeks whose snapshots of record the review of <paramref name="month"/> reads, oldest first: W−13..W, the first
    /// and last weeks of m−1 (inside that range) and the funnel's comparison week (W−13 or W−14). One contiguous range of
    /// 14 or 15 weeks.
    /// </summary>
    public static IReadOnlyList<ForecastWeek> WeeksNeeded(YearMonth month, int fiscalYearStartMonth)
    {
        var due = MonthlyCalendar.DueWeek(month);
        var weeks = new SortedSet<DateOnly>
        {
            MonthlyCalendar.DueWeek(month.AddMonths(-1)).Monday,
            MonthlyCalendar.LastWeek(month.AddMonths(-1)).Monday,
            FunnelCalendar.SameWeekOneQuarterEarlier(due, fiscalYearStartMonth).Monday,
        };
        for (var back = 0; back < HistoryWeeks; back++)
        {
            weeks.Add(due.Monday.AddDays(-7 * back));
        }

        return [.. weeks.Select(ForecastWeek.FromMonday)];
    }

    /// <summary>The roster members in the review of <paramref name="month"/>: those who had not left by its due week.</summary>
    public static IReadOnlyList<Rep> Members(YearMonth month, IEnumerable<Rep> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var due = MonthlyCalendar.DueWeek(month);
        return [.. roster.Where(r => !r.HasLeftBy(due))];
    }

    /// <summary>What the figures of the review are computed from (<see cref="MonthlyReviewCalculator"/>'s input).</summary>
    /// <param name="settings">The team.</param>
    /// <param name="month">m.</param>
    /// <param name="roster">The team's roster (leavers by m's due week are left out here).</param>
    /// <param name="forecasts">Each rep's forecast of record for m.</param>
    /// <param name="previousForecasts">Each rep's forecast of record for m−1.</param>
    /// <param name="snapshot">The rep's snapshot of record of a week (stored or carried), null when none.</param>
    public static MonthlyReviewInput Input(
        TeamSettings settings,
        YearMonth month,
        IEnumerable<Rep> roster,
        IReadOnlyDictionary<RepId, MonthlyForecastOfRecord> forecasts,
        IReadOnlyDictionary<RepId, MonthlyForecastOfRecord> previousForecasts,
        Func<Rep, ForecastWeek, Submission?> snapshot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(previousForecasts);
        ArgumentNullException.ThrowIfNull(snapshot);
        var due = MonthlyCalendar.DueWeek(month);
        var deadline = ScheduleInstants.For(settings, due).Deadline;
        var holiday = TeamHoliday.Counts(settings, due);
        var previousDue = MonthlyCalendar.DueWeek(month.AddMonths(-1));
        var previousLast = MonthlyCalendar.LastWeek(month.AddMonths(-1));
        List<RepMonthInput> inputs =
        [
            .. Members(month, roster).Select(rep =>
            {
                var first = snapshot(rep, due);
                return new RepMonthInput(rep, forecasts.GetValueOrDefault(rep.Id), previousForecasts.GetValueOrDefault(rep.Id))
                {
                    FirstSnapshot = first,
                    PreviousFirstSnapshot = snapshot(rep, previousDue),
                    PreviousMonthLastSnapshot = snapshot(rep, previousLast),
                    Away = holiday || rep.IsAwayFor(due.Monday, deadline) || first?.IsTimelySkip(deadline) == true,
                };
            }),
        ];
        return new MonthlyReviewInput(settings, month, inputs);
    }

    /// <summary>The whole review of <paramref name="month"/>: figures, funnel, TOP lists and stalled deals.</summary>
    /// <param name="settings">The team.</param>
    /// <param name="month">m.</param>
    /// <param name="roster">The team's roster (leavers by m's due week are left out here).</param>
    /// <param name="forecasts">Each rep's forecast of record for m.</param>
    /// <param name="previousForecasts">Each rep's forecast of record for m−1.</param>
    /// <param name="snapshot">The rep's snapshot of record of a week (stored or carried), null when none; asked only for <see cref="WeeksNeeded"/>.</param>
    /// <param name="topListSize">N of the TOP lists.</param>
    public static MonthlyReviewContent Compose(
        TeamSettings settings,
        YearMonth month,
        IEnumerable<Rep> roster,
        IReadOnlyDictionary<RepId, MonthlyForecastOfRecord> forecasts,
        IReadOnlyDictionary<RepId, MonthlyForecastOfRecord> previousForecasts,
        Func<Rep, ForecastWeek, Submission?> snapshot,
        int topListSize)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(snapshot);
        var reps = Members(month, roster);
        var review = MonthlyReviewCalculator.Compute(Input(settings, month, reps, forecasts, previousForecasts, snapshot));

        var due = MonthlyCalendar.DueWeek(month);
        var comparison = FunnelCalendar.SameWeekOneQuarterEarlier(due, settings.FiscalYearStartMonth);
        var funnel = FunnelCalculator.Compute(
            due,
            settings.FiscalYearStartMonth,
            [.. reps.Select(r => snapshot(r, due)).OfType<Submission>()],
            [.. reps.Select(r => snapshot(r, comparison)).OfType<Submission>()]);

        List<RepSnapshotHistory> histories =
        [
            .. reps.Select(rep => new RepSnapshotHistory(
                rep.Id,
                rep.DisplayName.Length > 0 ? rep.DisplayName : rep.Id.Value,
                Enumerable.Range(0, HistoryWeeks).Select(back => snapshot(rep, ForecastWeek.FromMonday(due.Monday.AddDays(-7 * back)))).OfType<Submission>())),
        ];
        var lists = TopListCalculator.Compute(due, settings.FiscalYearStartMonth, histories, topListSize);
        var stalled = StalledDealCalculator.Stalled(due, histories);
        return new MonthlyReviewContent(review, funnel, lists, stalled) { TopListSize = topListSize };
    }
}
