using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Metrics;

/// <summary>
/// Figures of domain.md, hand-computed. Most rows use 2026-W47: M = Mon 2026-11-16, S = Sun 2026-11-22,
/// last week 11-09..11-15, November has Mondays 2, 9, 16, 23, 30 (k = 3, n = 5), calendar Q4 = 10-01..12-31.
/// 2026-W49 is the week whose Monday (11-30) and Sunday (12-06) fall in different months: it belongs to November.
/// </summary>
public partial class WeeklySummaryCalculatorTests
{
    [Theory]
    [InlineData("won last week", "a Won 100 2026-11-09; b Won 50.25 2026-11-15", "150.25")] // 100 + 50.25
    [InlineData("edges outside last week", "a Won 100 2026-11-08; b Won 70 2026-11-16", "0")] // 11-08 < M-7, 11-16 = M
    [InlineData("only Won counts", "a Lost 40 2026-11-10; b Commit 30 2026-11-11; c Won 60 2026-11-12", "60")]
    [InlineData("no deals", "", "0")]
    public void Compute_LastWeekActual_SumsWonClosedLastWeek(string row, string current, string expected)
    {
        var figures = RepFigures("2026-W47", current);

        Assert.True(Given.Number(expected) == figures.LastWeekActual, row);
    }

    [Theory]
    [InlineData("commit in W-1 snapshot", "a Commit 200 2026-11-10; b Commit 100 2026-11-16", "c Commit 999 2026-11-11", "200")] // b is this week; c is in W, not W-1
    [InlineData("no W-1 snapshot deals", "", "a Commit 50 2026-11-12", "0")]
    [InlineData("upside ignored", "a Upside 80 2026-11-13; b Commit 20 2026-11-15", "", "20")]
    public void Compute_LastWeekCommit_ComesFromPreviousSnapshot(string row, string previous, string current, string expected)
    {
        var figures = RepFigures("2026-W47", current, previous);

        Assert.True(Given.Number(expected) == figures.LastWeekCommit, row);
    }

    [Theory]
    [InlineData("on band", "a Commit 200 2026-11-10", "a Won 190 2026-11-12", "0.95")] // 190 / 200
    [InlineData("above", "a Commit 200 2026-11-10", "a Won 250 2026-11-10", "1.25")] // 250 / 200
    [InlineData("nothing booked", "a Commit 100 2026-11-10", "a Commit 100 2026-11-17", "0")] // 0 / 100
    [InlineData("zero base: no commit last week", "", "a Won 100 2026-11-10", "null")] // 100 / 0
    [InlineData("zero base: zero-amount commit", "a Commit 0 2026-11-10", "a Won 10 2026-11-10", "null")] // 10 / 0
    public void Compute_Attainment_IsActualOverLastWeekCommit(string row, string previous, string current, string expected)
    {
        var figures = RepFigures("2026-W47", current, previous);

        Assert.True(Given.Number(expected) == figures.Attainment, $"{row}: {figures.Attainment}");
    }

    [Theory]
    [InlineData("2026-W47", "in week", "a Commit 100 2026-11-16; b Commit 50 2026-11-22; c Commit 10 2026-11-23; d Commit 5 2026-11-15", "150", "0")] // 100 + 50
    [InlineData("2026-W47", "upside", "a Upside 7 2026-11-18; b Upside 3 2026-11-23; c Commit 1 2026-11-19", "1", "7")]
    [InlineData("2026-W49", "week spans two months", "a Commit 100 2026-12-02; b Upside 30 2026-11-30; c Commit 20 2026-11-30", "120", "30")] // 100 + 20
    public void Compute_ThisWeekCommitAndUpside_SumCloseDatesMondayToSunday(string week, string row, string current, string commit, string upside)
    {
        var figures = RepFigures(week, current);

        Assert.True(Given.Number(commit) == figures.ThisWeekCommit, row);
        Assert.True(Given.Number(upside) == figures.ThisWeekUpside, row);
    }

    [Theory]
    [InlineData("2026-W47", "k=3 n=5", "a Won 300 2026-11-05; b Commit 60 2026-11-18", "1000", "0.6")] // (300 + 60) / (1000 * 3 / 5 = 600)
    [InlineData("2026-W47", "repeating fraction", "a Won 300 2026-11-05; b Commit 60 2026-11-18", "900", "0.6666666666666666666666666667")] // 360 * 5 / (900 * 3) = 1800 / 2700
    [InlineData("2026-W47", "won this week or in October not counted", "a Won 300 2026-11-16; b Won 50 2026-10-31; c Commit 60 2026-11-18", "1000", "0.1")] // 60 / 600
    [InlineData("2026-W45", "first week, Sunday the 1st counts", "a Won 100 2026-11-01; b Commit 100 2026-11-04", "1000", "1")] // (100 + 100) / (1000 * 1 / 5 = 200)
    [InlineData("2026-W49", "last week spans two months", "a Won 500 2026-11-02; b Commit 250 2026-12-02", "1000", "0.75")] // (500 + 250) / (1000 * 5 / 5)
    [InlineData("2026-W47", "no month target", "a Won 300 2026-11-05", "null", "null")]
    [InlineData("2026-W47", "zero month target", "a Won 300 2026-11-05", "0", "null")]
    public void Compute_Linearity_IsMonthToDateOverProratedTarget(string week, string row, string current, string monthTarget, string expected)
    {
        var figures = RepFigures(week, current, monthTarget: monthTarget);

        Assert.True(Given.Number(expected) == figures.Linearity, $"{row}: {figures.Linearity}");
    }

    [Theory]
    [InlineData("2026-W47", "mixed", "a Won 100 2026-11-03; b Won 50 2026-10-30; c Commit 200 2026-11-30; d Commit 70 2026-11-10; e Commit 40 2026-12-01; f Upside 30 2026-11-20; g Upside 5 2026-12-01; h Upside 9 2026-11-13", "300", "30")] // 100 + 200 (d overdue, e December); upside f only
    [InlineData("2026-W49", "week spans two months", "a Won 100 2026-11-20; b Commit 40 2026-11-30; c Commit 60 2026-12-01; d Upside 8 2026-11-30; e Upside 9 2026-12-02", "140", "8")] // 100 + 40: month end is M itself
    [InlineData("2026-W47", "empty", "", "0", "0")]
    public void Compute_MonthForecastAndUpside_UseMonthOfMonday(string week, string row, string current, string forecast, string upside)
    {
        var figures = RepFigures(week, current);

        Assert.True(Given.Number(forecast) == figures.MonthForecast, row);
        Assert.True(Given.Number(upside) == figures.MonthUpside, row);
    }

    [Theory]
    [InlineData(1, "calendar Q4 (Oct..Dec)", "350", "30")] // Won 100 (10-05) + 50 (11-03) + Commit 200 (12-20); upside 30 (12-01)
    [InlineData(8, "fiscal year from August: Q2 (Nov..Jan)", "320", "50")] // Won 50 (11-03) + Commit 200 + 70 (2027-01-10); upside 30 + 20
    public void Compute_QuarterForecastAndUpside_UseFiscalQuarter(int fiscalStart, string row, string forecast, string upside)
    {
        const string deals = "a Won 100 2026-10-05; b Won 50 2026-11-03; c Commit 200 2026-12-20; d Commit 70 2027-01-10; e Upside 30 2026-12-01; f Upside 20 2027-01-15; g Commit 15 2026-11-13";

        var figures = RepFigures("2026-W47", deals, fiscalStart: fiscalStart);

        Assert.True(Given.Number(forecast) == figures.QuarterForecast, row);
        Assert.True(Given.Number(upside) == figures.QuarterUpside, row);
    }

    [Theory]
    [InlineData("2026-W47", 1, "1000", "3000")] // month key 2026-11, quarter key 2026-10
    [InlineData("2026-W47", 8, "1000", "4000")] // quarter key 2026-11 (FY from August)
    [InlineData("2026-W49", 1, "1000", "3000")] // Sunday in December, still November's target
    [InlineData("2026-W50", 1, "2000", "3000")] // December
    public void Compute_MonthAndQuarterTarget_AreLookedUpByMonthOfMondayAndFiscalQuarter(string week, int fiscalStart, string monthTarget, string quarterTarget)
    {
        var rep = Given.Rep("rep-a") with
        {
            MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 1000m, ["2026-12"] = 2000m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3000m, ["2026-11"] = 4000m },
        };

        var summary = Compute(week, fiscalStart, [new RepWeekInput(rep, Given.Snapshot(Given.Week(week), ""), null)]);

        Assert.Equal(Given.Number(monthTarget), summary.Reps[0].Figures.MonthTarget);
        Assert.Equal(Given.Number(quarterTarget), summary.Reps[0].Figures.QuarterTarget);
    }

    [Theory]
    [InlineData("covered once", "f Won 400 2026-10-15", "1000", "1")] // open 100 + 200 + 300 = 600; 1000 - 400 = 600
    [InlineData("nothing won", "", "400", "1.5")] // 600 / 400
    [InlineData("target met exactly: zero base", "f Won 1000 2026-10-15", "1000", "null")] // 1000 - 1000 = 0
    [InlineData("target exceeded: negative base", "f Won 1200 2026-10-15", "1000", "null")]
    [InlineData("no quarter target", "f Won 400 2026-10-15", "null", "null")]
    public void Compute_PipelineCoverage_IsOpenPipelineOverRemainingQuarterTarget(string row, string won, string quarterTarget, string expected)
    {
        // Open to the quarter's end: a 100 + b 200 + c 300; d is next quarter, e is before M, g is Lost.
        var deals = "a Commit 100 2026-11-20; b Upside 200 2026-12-10; c Pipeline 300 2026-12-31; d Pipeline 999 2027-01-05; e Pipeline 50 2026-11-10; g Lost 70 2026-11-20; " + won;

        var figures = RepFigures("2026-W47", deals, quarterTarget: quarterTarget);

        Assert.True(Given.Number(expected) == figures.PipelineCoverage, $"{row}: {figures.PipelineCoverage}");
    }

    [Theory]
    [InlineData("one of three solid", "a Commit 100 2026-11-18 s90 ok; b Commit 300 2026-11-19 s90; c Commit 100 2026-11-20 s80 ok", "0.2")] // 100 / 500
    [InlineData("all solid", "a Commit 100 2026-11-18 s100 ok", "1")]
    [InlineData("solid next week ignored", "a Commit 100 2026-11-18 s90 ok; b Commit 100 2026-11-25 s90 ok; c Commit 300 2026-11-19 s50", "0.25")] // 100 / 400
    [InlineData("zero base: no commit this week", "a Upside 100 2026-11-18 s90 ok", "null")]
    public void Compute_CommitQuality_IsSolidCommitOverThisWeekCommit(string row, string current, string expected)
    {
        var figures = RepFigures("2026-W47", current);

        Assert.True(Given.Number(expected) == figures.CommitQuality, $"{row}: {figures.CommitQuality}");
    }

    [Theory]
    [InlineData("2026-W47", "a Upside 100 2026-11-18 s90; b Upside 50 2026-11-30 s100; c Upside 70 2026-12-01 s90; d Upside 20 2026-11-20 s80; e Commit 30 2026-11-20 s90; f Upside 10 2026-11-13 s90", 2, "150")] // a + b
    [InlineData("2026-W49", "a Upside 100 2026-11-30 s90; b Upside 50 2026-12-01 s90", 1, "100")] // month ends on M
    [InlineData("2026-W47", "", 0, "0")]
    public void Compute_HiddenCommit_CountsLateStageUpsideToMonthEnd(string week, string current, int count, string amount)
    {
        var figures = RepFigures(week, current);

        Assert.Equal(count, figures.HiddenCommitCount);
        Assert.Equal(Given.Number(amount), figures.HiddenCommitAmount);
    }

    [Theory]
    [InlineData("2026-W47", "quarter to date", "a Won 100 2026-10-10 u; b Won 300 2026-11-10; c Won 500 2026-11-17 u; d Won 50 2026-09-30 u", "0.25")] // 100 / (100 + 300); c after M-1, d last quarter
    [InlineData("2026-W41", "first week of quarter", "a Won 100 2026-10-02 u; b Won 900 2026-09-29", "1")] // Q4 starts 10-01, M = 10-05
    [InlineData("2026-W47", "zero base: nothing won", "a Commit 100 2026-11-20", "null")]
    [InlineData("2026-W40", "zero base: M is the first day of the quarter", "a Won 100 2026-09-30 u", "null")] // M = 09-28, Q3 to date: 07-01..09-27
    public void Compute_UnrealizedRatio_IsUnrealizedWonOverWonQuarterToDate(string week, string row, string current, string expected)
    {
        var figures = RepFigures(week, current);

        Assert.True(Given.Number(expected) == figures.UnrealizedRatio, $"{row}: {figures.UnrealizedRatio}");
    }

    [Fact]
    public void Compute_AbsenceKnownInTime_ASkipOrAwayRecordedAfterTheDeadlineLeavesTheRepMissing()
    {
        var week = Given.Week("2026-W47");
        var deadline = new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
        Submission Skip(string rep, DateTimeOffset at) =>
            Given.Snapshot(week, "", RepId.From(rep), SubmissionStatus.Skipped) with { SkipReason = "fair", SubmittedAt = at };
        RepWeekInput[] reps =
        [
            new(Given.Rep("skip-on-time"), Skip("skip-on-time", deadline), null), // exactly at the deadline: known in time
            new(Given.Rep("skip-late"), Skip("skip-late", deadline.AddDays(1)), null), // typed on Tuesday
            new(Given.Rep("away-on-time") with { AwayUntil = week.Sunday, AwayRecordedAt = deadline.AddDays(-3) }, null, null),
            new(Given.Rep("away-late") with { AwayUntil = week.Sunday, AwayRecordedAt = deadline.AddSeconds(1) }, null, null),
            new(Given.Rep("on-time"), Given.Snapshot(week, "", RepId.From("on-time"), submittedAt: deadline), null),
        ];

        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), week, deadline, reps));

        Assert.Equal(["skip-on-time", "away-on-time"], summary.AwayReps.Select(r => r.Rep.Value));
        Assert.Equal(["skip-late"], summary.Reps.Where(r => r.SkippedLate).Select(r => r.Rep.Value));
        Assert.Equal(3, summary.ExpectedCount); // skip-late, away-late, on-time
        Assert.Equal(1, summary.OnTimeCount);
        Assert.Equal(1m / 3m, summary.Compliance);
    }

    [Fact]
    public void Compute_RepStatuses_AreReportedAndComplianceExcludesAway()
    {
        var week = Given.Week("2026-W47");
        var deadline = new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
        RepWeekInput[] reps =
        [
            new(Given.Rep("on-time"), Given.Snapshot(week, "", RepId.From("on-time"), submittedAt: deadline), null), // exactly at the deadline
            new(Given.Rep("late"), Given.Snapshot(week, "", RepId.From("late"), submittedAt: deadline.AddMinutes(1)), null),
            new(Given.Rep("carried"), Given.Snapshot(week, "", RepId.From("carried"), SubmissionStatus.CarriedForward), null),
            new(Given.Rep("away") with { AwayUntil = week.Monday, AwayReason = "Holiday" }, null, null),
            new(Given.Rep("skipped"), Given.Snapshot(week, "", RepId.From("skipped"), SubmissionStatus.Skipped) with { SkipReason = "Trade fair" }, null),
            new(Given.Rep("silent"), null, null),
            new(Given.Rep("inactive") with { Active = false }, null, null),
            new(Given.Rep("manager") with { IsManager = true }, null, null),
            new(Given.Rep("back") with { AwayUntil = week.Monday.AddDays(-1) }, null, null), // away ended the day before M
        ];

        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), week, deadline, reps));

        Assert.Equal(["on-time", "late", "carried", "away", "skipped", "silent", "back"], summary.Reps.Select(r => r.Rep.Value));
        Assert.Equal(["away", "skipped"], summary.AwayReps.Select(r => r.Rep.Value));
        Assert.Equal(["Holiday", "Trade fair"], summary.AwayReps.Select(r => r.AwayReason));
        Assert.Equal([true, true, false, false, false, false, false], summary.Reps.Select(r => r.Submitted));
        Assert.Equal([false, true, false, false, false, false, false], summary.Reps.Select(r => r.Late));
        Assert.Equal([false, false, true, false, false, false, false], summary.Reps.Select(r => r.Carried));
        Assert.Equal([false, false, false, true, false, true, true], summary.Reps.Select(r => r.NoSnapshot));
        Assert.Equal(5, summary.ExpectedCount); // on-time, late, carried, silent, back
        Assert.Equal(1, summary.OnTimeCount);
        Assert.Equal(0.2m, summary.Compliance); // 1 / 5
    }

    [Theory]
    [InlineData(0, 0, "null")] // everybody away: zero base
    [InlineData(2, 0, "1")] // 2 / 2
    [InlineData(2, 1, "1")] // away reps do not count: 2 / 2
    public void Compute_Compliance_IsOnTimeOverExpected(int onTime, int away, string expected)
    {
        var week = Given.Week("2026-W47");
        var reps = Enumerable.Range(0, onTime)
            .Select(i => new RepWeekInput(Given.Rep($"r{i}"), Given.Snapshot(week, "", RepId.From($"r{i}")), null))
            .Concat(Enumerable.Range(0, away).Select(i => new RepWeekInput(Given.Rep($"a{i}") with { AwayUntil = week.Sunday }, null, null)))
            .Append(new RepWeekInput(Given.Rep("gone") with { Active = false }, null, null))
            .ToArray();

        var summary = Compute("2026-W47", 1, reps);

        Assert.Equal(Given.Number(expected), summary.Compliance);
    }

    [Fact]
    public void Compute_CarriedForwardRep_FiguresComeFromCarriedSnapshot()
    {
        var week = Given.Week("2026-W47");
        var earlier = Given.Snapshot(Given.Week("2026-W45"), "a Commit 100 2026-11-18; b Won 40 2026-09-30; c Won 60 2026-11-10");
        var previous = SnapshotResolver.Resolve(null, earlier, week.Previous, 1);
        var current = SnapshotResolver.Resolve(null, earlier, week, 1);

        var summary = Compute("2026-W47", 1, [new RepWeekInput(Given.Rep("rep-a"), current, previous)]);

        var rep = summary.Reps.Single();
        Assert.True(rep.Carried);
        Assert.False(rep.Submitted);
        Assert.Equal(100m, rep.Figures.ThisWeekCommit);
        Assert.Equal(60m, rep.Figures.LastWeekActual); // c closed 11-10; b was dropped (last quarter)
        Assert.Equal(60m, rep.Figures.WonInQuarter); // Won in Q4 = c only
        Assert.Equal(0, summary.OnTimeCount);
        Assert.Equal(0m, summary.Compliance); // 0 / 1
        Assert.Empty(summary.Movements); // nothing the rep stated changed
    }

    [Fact]
    public void Compute_TeamRatios_AreRatiosOfSumsNotMeansOfRatios()
    {
        var week = Given.Week("2026-W47"); // k = 3, n = 5, Q4 = Oct..Dec
        var settings = Given.Settings() with
        {
            MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 5000m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 2350m },
        };
        var repA = Given.Rep("a") with
        {
            MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 500m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 450m },
        };
        var repB = Given.Rep("b"); // no rep targets
        RepWeekInput[] reps =
        [
            new(repA, Given.Snapshot(week, "w Won 150 2026-11-10; c Commit 150 2026-11-18 s90 ok", repA.Id), Given.Snapshot(week.Previous, "w Commit 150 2026-11-10", repA.Id)),
            new(repB, Given.Snapshot(week, "c Commit 450 2026-11-19 s90; p Pipeline 500 2026-12-15", repB.Id), Given.Snapshot(week.Previous, "x Commit 450 2026-11-12", repB.Id)),
        ];

        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(settings, week, new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero), reps));

        var (a, b, team) = (summary.Reps[0].Figures, summary.Reps[1].Figures, summary.TeamFigures);
        Assert.Equal(1m, a.Attainment); // 150 / 150
        Assert.Equal(0m, b.Attainment); // 0 / 450
        Assert.Equal(0.25m, team.Attainment); // (150 + 0) / (150 + 450) = 0.25, not the mean (1 + 0) / 2 = 0.5
        Assert.Equal(1m, a.CommitQuality); // 150 / 150
        Assert.Equal(0m, b.CommitQuality); // 0 / 450 (no checklist)
        Assert.Equal(0.25m, team.CommitQuality); // 150 / 600, not 0.5
        Assert.Equal(1m, a.Linearity); // (150 + 150) * 5 / (500 * 3) = 1500 / 1500
        Assert.Null(b.Linearity); // no rep target
        Assert.Equal(0.25m, team.Linearity); // (150 + 600) * 5 / (5000 * 3) = 3750 / 15000 (team target)
        Assert.Equal(0.5m, a.PipelineCoverage); // 150 / (450 - 150)
        Assert.Null(b.PipelineCoverage); // no rep target
        Assert.Equal(0.5m, team.PipelineCoverage); // (150 + 450 + 500) / (2350 - 150) = 1100 / 2200
        Assert.Equal(5000m, team.MonthTarget);
        Assert.Equal(2350m, team.QuarterTarget);
        Assert.Equal(600m, team.ThisWeekCommit); // 150 + 450
        Assert.Equal(150m, team.LastWeekActual);
    }

    private static SummaryFigures RepFigures(string week, string current, string previous = "", string monthTarget = "null", string quarterTarget = "null", int fiscalStart = 1)
    {
        var w = Given.Week(week);
        var period = ReviewPeriod.For(w, fiscalStart);
        var rep = Given.Rep(Given.RepA.Value) with
        {
            MonthTargets = Given.Number(monthTarget) is { } month ? new Dictionary<string, decimal> { [period.Month.ToString()] = month } : new Dictionary<string, decimal>(),
            QuarterTargets = Given.Number(quarterTarget) is { } quarter ? new Dictionary<string, decimal> { [period.Quarter.Key] = quarter } : new Dictionary<string, decimal>(),
        };
        var input = new RepWeekInput(rep, Given.Snapshot(w, current), Given.Snapshot(w.Previous, previous));
        return Compute(week, fiscalStart, [input]).Reps.Single().Figures;
    }

    private static WeeklySummary Compute(string week, int fiscalStart, RepWeekInput[] reps)
    {
        var w = Given.Week(week);
        var deadline = new DateTimeOffset(w.Monday.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
        return WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(fiscalStart), w, deadline, reps));
    }
}
