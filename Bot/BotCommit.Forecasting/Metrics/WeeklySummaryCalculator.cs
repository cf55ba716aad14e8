using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Computes the Monday summary (pure: no clock, no I/O). Who is in it: every active roster member; a member
/// flagged <see cref="Rep.IsManager"/> only when they have a W or W-1 snapshot (a manager who sells is a rep;
/// one who does not is not expected to submit). Inactive members are left out entirely. Away reps stay in the
/// team's amounts (their pipeline still counts) but not in compliance. Absence counts only when known in time: a skip or
/// an away period recorded after the deadline leaves the rep expected (a late skip is shown as "skipped late").
/// Leavers (domain.md "When a rep leaves"): a member whose <see cref="Rep.LeftWeek"/> is after W counts as they did, even
/// if inactive today; from their leaving week on, a member with a <see cref="SubmissionStatus.Left"/> snapshot
/// (<see cref="LeaverSnapshot"/>) is listed under "left" with their bookings only, not expected, without movements, and
/// that snapshot's open deals are the team's unassigned pipeline. A deal that changed hands between W-1 and W is
/// "reassigned from" the giver on the receiver's line (<see cref="ReassignedDeal"/>).
/// </summary>
public static class WeeklySummaryCalculator
{
    public static WeeklySummary Compute(SummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Team;
        var period = ReviewPeriod.For(input.Week, settings.FiscalYearStartMonth);
        var monthKey = period.Month.ToString();
        var quarterKey = period.Quarter.Key;

        var reps = new List<RepSummary>();
        var movements = new List<DealMovement>();
        var unassigned = new List<UnassignedDeal>();
        var teamSums = FigureSums.Zero;
        var included = new List<RepWeekInput>();
        foreach (var entry in input.Reps)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(input));
            if (!IsIncluded(entry, input.Week))
            {
                continue;
            }

            CheckSnapshot(entry.Snapshot, entry.Rep, input.Week, settings.Id);
            CheckSnapshot(entry.PreviousSnapshot, entry.Rep, input.Week.Previous, settings.Id);
            included.Add(entry);
        }

        // Every member's snapshots, a leaver without a line this week included: their W-1 deals went somewhere.
        var reassigned = ReassignedDeal.Find([.. input.Reps.Select(e => (e.Rep.Id, e.PreviousSnapshot, e.Snapshot))]);
        foreach (var entry in included)
        {
            var current = LeaverSnapshot.Counted(entry.Snapshot);
            var previous = LeaverSnapshot.Counted(entry.PreviousSnapshot);
            var sums = FigureSums.Of(current, previous, period);
            teamSums = teamSums.Add(sums);
            var figures = SummaryFigures.From(sums, Target(entry.Rep.MonthTargets, monthKey), Target(entry.Rep.QuarterTargets, quarterKey), period);
            var line = Describe(entry, figures, input.Deadline, period.Monday, input.Week);
            reps.Add(line);
            if (line.Left)
            {
                unassigned.AddRange(LeaverSnapshot.Unassigned(entry.Snapshot)
                    .OrderByDescending(d => d.Amount)
                    .ThenBy(d => d.Id.Value, StringComparer.Ordinal)
                    .Select(d => new UnassignedDeal(entry.Rep.Id, line.RepName, d)));
                continue;
            }

            movements.AddRange(DealMovementCalculator.Compare(entry.PreviousSnapshot, entry.Snapshot, reassigned));
        }

        var expected = reps.Count(r => !r.Away && !r.Left);
        var onTime = reps.Count(r => !r.Away && !r.Left && r.OnTime);
        var teamFigures = SummaryFigures.From(teamSums, Target(settings.MonthTargets, monthKey), Target(settings.QuarterTargets, quarterKey), period);
        return new WeeklySummary(settings.Id, period, teamFigures, reps)
        {
            ExpectedCount = expected,
            OnTimeCount = onTime,
            Compliance = expected == 0 ? null : (decimal)onTime / expected,
            Movements = DealMovementCalculator.Order(movements),
            Unassigned = [.. unassigned.OrderBy(u => u.From.Value, StringComparer.Ordinal)],
        };
    }

    private static bool IsIncluded(RepWeekInput entry, ForecastWeek week)
    {
        var rep = entry.Rep;
        if (rep.HasLeftBy(week))
        {
            return entry.Snapshot?.Status == SubmissionStatus.Left;
        }

        // A leaver before their leaving week counts as they did then, although inactive today.
        return (rep.Active || rep.LeftWeek is not null)
            && (!rep.IsManager || entry.Snapshot is not null || entry.PreviousSnapshot is not null);
    }

    private static decimal? Target(IReadOnlyDictionary<string, decimal> targets, string key) =>
        targets.TryGetValue(key, out var target) ? target : null;

    private static RepSummary Describe(RepWeekInput entry, SummaryFigures figures, DateTimeOffset deadline, DateOnly monday, ForecastWeek week)
    {
        var snapshot = entry.Snapshot;
        if (entry.Rep.HasLeftBy(week))
        {
            return new RepSummary(entry.Rep.Id, NameOf(entry), figures) { Left = true };
        }

        var submitted = snapshot?.Status == SubmissionStatus.Submitted;
        var skipped = snapshot?.IsTimelySkip(deadline) == true;
        var away = skipped || entry.Rep.IsAwayFor(monday, deadline);
        return new RepSummary(entry.Rep.Id, NameOf(entry), figures)
        {
            Submitted = submitted,
            Late = submitted && snapshot!.IsLateFor(deadline),
            Carried = snapshot?.Status == SubmissionStatus.CarriedForward,
            Away = away,
            AwayReason = away ? (skipped ? snapshot!.SkipReason : null) ?? entry.Rep.AwayReason : null,
            NoSnapshot = snapshot is null,
            SkippedLate = snapshot?.IsLateSkip(deadline) == true,
        };
    }

    private static string NameOf(RepWeekInput entry) =>
        entry.Rep.DisplayName.Length > 0 ? entry.Rep.DisplayName
            : entry.Snapshot is { RepName.Length: > 0 } ? entry.Snapshot.RepName
            : entry.Rep.Id.Value;

    private static void CheckSnapshot(Submission? snapshot, Rep rep, ForecastWeek week, TeamId team)
    {
        if (snapshot is null)
        {
            return;
        }

        if (snapshot.Rep != rep.Id || snapshot.Week != week || snapshot.Team != team)
        {
            throw new ArgumentException(
                $"Snapshot of {snapshot.Team}/{snapshot.Week}/{snapshot.Rep} passed for {team}/{week}/{rep.Id}.",
                nameof(snapshot));
        }
    }
}
