using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Metrics;

/// <summary>
/// domain.md "When a rep leaves", hand-computed on 2026-W49 (M = Mon 11-30, last week 11-23..11-29, calendar Q4) unless
/// said otherwise. Fay leaves in W49; Ann receives her deals.
/// </summary>
public sealed class LeaverTests
{
    private static readonly ForecastWeek W48 = Given.Week("2026-W48");
    private static readonly ForecastWeek W49 = Given.Week("2026-W49");
    private static readonly RepId Ann = RepId.From("ann");
    private static readonly RepId Fay = RepId.From("fay");

    [Theory]
    [InlineData("2026-11-29T17:00:00Z", "2026-W49")] // Sunday evening: W49's deadline (Mon 07:00 UTC) has not passed
    [InlineData("2026-11-30T07:00:00Z", "2026-W49")] // at the deadline: still before it
    [InlineData("2026-11-30T07:00:01Z", "2026-W50")] // after it: W49's record stands with Fay in it
    [InlineData("2026-12-02T12:00:00Z", "2026-W50")] // Wednesday
    public void LeavingWeek_IsTheFirstWeekWhoseDeadlineHadNotPassed(string removedAt, string expected)
    {
        var team = Given.Settings();

        Assert.Equal(Given.Week(expected), LeavingWeek.At(team, DateTimeOffset.Parse(removedAt, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void LeavingWeek_Remove_KeepsTheRepWithTheirHistory_Inactive()
    {
        var rep = Given.Rep("fay") with { MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 5m } };

        var removed = LeavingWeek.Remove(Given.Settings(), rep, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.False(removed.Active);
        Assert.Equal(Given.Week("2026-W50"), removed.LeftWeek);
        Assert.Equal(5m, removed.MonthTargets["2026-12"]);
    }

    [Fact]
    public void LeaverSnapshot_KeepsBookingsOfTheScopeAndOpenDealsNobodyHolds()
    {
        var last = Given.Snapshot(W48, "w1 Won 100 2026-11-25; w2 Won 70 2026-09-10; l1 Lost 40 2026-11-20; c1 Commit 300 2026-12-03; p1 Pipeline 50 2027-01-15; o1 Upside 20 2026-09-30", Fay);

        var left = LeaverSnapshot.For(last, W49, 1, new HashSet<DealId> { DealId.From("c1") })!;

        // w1 booked in Q4 stays; w2 (Q3) is out of scope; Lost counts nowhere; c1 was reassigned; o1 closes before Q4.
        Assert.Equal(["w1", "p1"], left.Deals.Select(d => d.Id.Value));
        Assert.Equal(SubmissionStatus.Left, left.Status);
        Assert.Null(left.SubmittedAt);
        Assert.Equal(["w1"], LeaverSnapshot.Counted(left).Select(d => d.Id.Value));
        Assert.Equal(["p1"], LeaverSnapshot.Unassigned(left).Select(d => d.Id.Value));
    }

    [Fact]
    public void LeaverSnapshot_NothingToKeep_IsNull()
    {
        var last = Given.Snapshot(W48, "c1 Commit 300 2026-12-03", Fay);

        Assert.Null(LeaverSnapshot.For(last, W49, 1, new HashSet<DealId> { DealId.From("c1") }));
        Assert.Null(LeaverSnapshot.For(null, W49, 1, new HashSet<DealId>()));
    }

    [Fact]
    public void Summary_LeaverBookingsCountUnderLeft_NotExpected_NotCarried_WithUnassignedPipeline()
    {
        // Fay's last record (W48): f1 Commit 60 closing 11-26 (last week) booked as Won 60; f2 Commit 300 (12-03) now Ann's;
        // f3 Pipeline 50 (2027-01-15) nobody holds. Ann: W48 a1 Commit 100 (11-27), W49 a1 Won 100 + f2 Commit 300.
        var fay = Given.Rep("fay", "Fay") with { Active = false, LeftWeek = W49 };
        var ann = Given.Rep("ann", "Ann");
        var fayW48 = Given.Snapshot(W48, "f1 Won 60 2026-11-26; f2 Commit 300 2026-12-03 s90 ok; f3 Pipeline 50 2027-01-15", Fay);
        var annW48 = Given.Snapshot(W48, "a1 Commit 100 2026-11-27", Ann);
        var annW49 = Given.Snapshot(W49, "a1 Won 100 2026-11-27; f2 Commit 300 2026-12-03 s90 ok", Ann);
        var resolved = TeamWeekSnapshots.Resolve([ann, fay], W49, 1, (rep, week) => (rep.Id == Fay, week == W48) switch
        {
            (true, true) => fayW48,
            (false, true) => annW48,
            (false, false) => annW49,
            _ => throw new InvalidOperationException($"{rep.Id} is not carried into {week}: they left."),
        });

        var summary = Compute(new RepWeekInput(ann, resolved[Ann].Current, resolved[Ann].Previous), new RepWeekInput(fay, resolved[Fay].Current, resolved[Fay].Previous));

        var left = summary.Reps.Single(r => r.Rep == Fay);
        Assert.True(left.Left);
        Assert.False(left.Submitted || left.Carried || left.Away);
        Assert.Equal(60m, left.Figures.LastWeekActual); // f1
        Assert.Equal(0m, left.Figures.LastWeekCommit); // f1 was Won already in W48
        Assert.Equal(0m, left.Figures.ThisWeekCommit); // f3 is nobody's commit
        Assert.Equal(60m, left.Figures.QuarterForecast); // Won in Q4
        Assert.Equal(160m, summary.TeamFigures.LastWeekActual); // 100 + 60
        Assert.Equal(300m, summary.TeamFigures.ThisWeekCommit); // f2 once, at Ann
        Assert.Equal(1, summary.ExpectedCount); // Ann only
        Assert.Equal(1m, summary.Compliance);
        Assert.Equal(["f3"], summary.Unassigned.Select(u => u.Deal.Id.Value));
        Assert.Equal("Fay", summary.Unassigned.Single().FromName);
        Assert.DoesNotContain(summary.Movements, m => m.Rep == Fay);
    }

    [Fact]
    public void Summary_WeeksBeforeTheLeavingWeek_AreUnchanged_AlthoughTheRepIsInactiveToday()
    {
        var fay = Given.Rep("fay", "Fay") with { Active = false, LeftWeek = W49 };
        var fayW48 = Given.Snapshot(W48, "f2 Commit 300 2026-12-03", Fay);

        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), W48, Deadline(W48), [new RepWeekInput(fay, fayW48, null)]));

        var line = summary.Reps.Single();
        Assert.False(line.Left);
        Assert.True(line.Submitted);
        Assert.Equal(1, summary.ExpectedCount);
    }

    [Fact]
    public void Summary_InactiveWithoutLeavingWeek_IsLeftOutAsBefore()
    {
        var gone = Given.Rep("gus") with { Active = false };

        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), W49, Deadline(W49), [new RepWeekInput(gone, Given.Snapshot(W49, "g1 Won 10 2026-11-26", RepId.From("gus")), null)]));

        Assert.Empty(summary.Reps);
    }

    [Fact]
    public void Movement_ReassignedCommit_IsReassignedFromTheGiver_NeverNewInCommit()
    {
        // W48: Fay has f2 Commit 300; W49: Ann holds f2 Commit 300 (same id), Fay left. Ann's W48 had only a1.
        var fay = Given.Rep("fay", "Fay") with { Active = false, LeftWeek = W49 };
        var ann = Given.Rep("ann", "Ann");
        var summary = Compute(
            new RepWeekInput(ann, Given.Snapshot(W49, "a1 Upside 10 2026-12-20; f2 Commit 300 2026-12-03", Ann), Given.Snapshot(W48, "a1 Upside 10 2026-12-20", Ann)),
            new RepWeekInput(fay, null, Given.Snapshot(W48, "f2 Commit 300 2026-12-03", Fay)));

        var move = Assert.Single(summary.Movements);
        Assert.Equal(MovementKind.ReassignedFrom, move.Kind);
        Assert.Equal(Ann, move.Rep);
        Assert.Equal("fay", move.From);
        Assert.Equal("Commit", move.To);
        Assert.Equal(0m, move.AmountDelta);
    }

    [Fact]
    public void Movement_ReassignedDealThatChanged_ComparesWithTheGiversVersion()
    {
        // Between hands f2 went from Commit 300 to Upside 250 at Ann: reassigned, dropped from commit (−300), amount down (−50).
        var summary = Compute(
            new RepWeekInput(Given.Rep("ann"), Given.Snapshot(W49, "f2 Upside 250 2026-12-03", Ann), Given.Snapshot(W48, "a1 Upside 10 2026-12-20", Ann)),
            new RepWeekInput(Given.Rep("fay") with { Active = false, LeftWeek = W49 }, null, Given.Snapshot(W48, "f2 Commit 300 2026-12-03", Fay)));

        Assert.Equal(
            [(MovementKind.DroppedFromCommit, -300m), (MovementKind.AmountDown, -50m), (MovementKind.ReassignedFrom, 0m)],
            summary.Movements.Where(m => m.Deal.Value == "f2").Select(m => (m.Kind, m.AmountDelta)));
    }

    [Fact]
    public void Movement_DealBetweenTwoActiveReps_TheGiverShowsNothing_TheReceiverReassigned()
    {
        var summary = Compute(
            new RepWeekInput(Given.Rep("ann"), Given.Snapshot(W49, "x1 Commit 80 2026-12-03", Ann), Given.Snapshot(W48, "a1 Upside 10 2026-12-20", Ann)),
            new RepWeekInput(Given.Rep("bo"), Given.Snapshot(W49, "b1 Upside 5 2026-12-20", RepId.From("bo")), Given.Snapshot(W48, "x1 Commit 80 2026-12-03; b1 Upside 5 2026-12-20", RepId.From("bo"))));

        // a1 left Ann's card (a DroppedFromCommit it is not: it was Upside) — only the reassignment of x1 moves.
        Assert.Contains(summary.Movements, m => m is { Kind: MovementKind.ReassignedFrom, From: "bo" } && m.Rep == Ann);
        Assert.DoesNotContain(summary.Movements, m => m.Rep.Value == "bo");
        Assert.DoesNotContain(summary.Movements, m => m.Kind == MovementKind.NewInCommit);
    }

    private static WeeklySummary Compute(params RepWeekInput[] reps) =>
        WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), W49, Deadline(W49), reps));

    private static DateTimeOffset Deadline(ForecastWeek week) => new(week.Monday.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
}
