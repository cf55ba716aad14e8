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
        var teamSums = FigureSums.Zero;
        foreach (var entry in input.Reps)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(input));
            if (!IsIncluded(entry))
            {
                continue;
            }

            CheckSnapshot(entry.Snapshot, entry.Rep, input.Week, settings.Id);
            CheckSnapshot(entry.PreviousSnapshot, entry.Rep, input.Week.Previous, settings.Id);

            var current = entry.Snapshot?.Deals ?? [];
            var previous = entry.PreviousSnapshot?.Deals ?? [];
            var sums = FigureSums.Of(current, previous, period);
            teamSums = teamSums.Add(sums);
            var figures = SummaryFigures.From(sums, Target(entry.Rep.MonthTargets, monthKey), Target(entry.Rep.QuarterTargets, quarterKey), period);
            reps.Add(Describe(entry, figures, input.Deadline, period.Monday));
            movements.AddRange(DealMovementCalculator.Compare(entry.PreviousSnapshot, entry.Snapshot));
        }

        var expected = reps.Count(r => !r.Away);
        var onTime = reps.Count(r => !r.Away && r.OnTime);
        var teamFigures = SummaryFigures.From(teamSums, Target(settings.MonthTargets, monthKey), Target(settings.QuarterTargets, quarterKey), period);
        return new WeeklySummary(settings.Id, period, teamFigures, reps)
        {
            ExpectedCount = expected,
            OnTimeCount = onTime,
            Compliance = expected == 0 ? null : (decimal)onTime / expected,
            Movements = DealMovementCalculator.Order(movements),
        };
    }

    private static bool IsIncluded(RepWeekInput entry) =>
        entry.Rep.Active && (!entry.Rep.IsManager || entry.Snapshot is not null || entry.PreviousSnapshot is not null);

    private static decimal? Target(IReadOnlyDictionary<string, decimal> targets, string key) =>
        targets.TryGetValue(key, out var target) ? target : null;

    private static RepSummary Describe(RepWeekInput entry, SummaryFigures figures, DateTimeOffset deadline, DateOnly monday)
    {
        var snapshot = entry.Snapshot;
        var submitted = snapshot?.Status == SubmissionStatus.Submitted;
        var skipped = snapshot?.IsTimelySkip(deadline) == true;
        var away = skipped || entry.Rep.IsAwayFor(monday, deadline);
        var name = entry.Rep.DisplayName.Length > 0 ? entry.Rep.DisplayName
            : snapshot is { RepName.Length: > 0 } ? snapshot.RepName
            : entry.Rep.Id.Value;
        return new RepSummary(entry.Rep.Id, name, figures)
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
