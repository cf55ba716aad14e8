using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>A week's record holds the actual of the week before it (its last-week actual).</summary>
public class CallAccuracyCalculatorTests
{
    private static readonly NodeId Node = NodeId.From("r");

    [Fact]
    public void ForNode_WeekWithoutCall_IsNotMeasured_WeekWithoutNextRecord_Neither()
    {
        var records = new[]
        {
            Record("2026-W44", 100m, 100m, null, 0m),
            Record("2026-W45", 100m, 120m, "m", 90m),  // actual of W44 = 90, but W44 had no call
            Record("2026-W46", 100m, 80m, "m", 110m),  // actual of W45 = 110: |110 − 120| = 10, |110 − 100| = 10
            // no W47 record yet: W46 is not measured
        };

        var value = CallAccuracyCalculator.ForNode(Node, Given.Week("2026-W47"), records);

        Assert.Equal(["2026-W45"], value.Points.Select(p => p.Week.ToString()));
        Assert.Equal((1m, JudgementVerdict.Neutral), (value.Value, value.Verdict));
    }

    [Fact]
    public void ForManager_RollUpExactButCallOff_HasNoValueAndShowsTheCallError()
    {
        var records = new[] { Record("2026-W46", 100m, 130m, "m", 0m), Record("2026-W47", 0m, 0m, null, 100m) }; // actual 100 = roll-up

        var value = CallAccuracyCalculator.ForManager(RepId.From("m"), Given.Week("2026-W48"), records);

        Assert.Equal((JudgementVerdict.RollUpExact, (decimal?)null, (decimal?)30m, (decimal?)0m), (value.Verdict, value.Value, value.MeanCallError, value.MeanRollUpError));
    }

    [Fact]
    public void Points_OnlyTheThirteenWeeksBeforeTheReviewWeek()
    {
        var records = Enumerable.Range(0, 17) // W30..W46
            .Select(i => Record(Given.Week("2026-W30").Monday.AddDays(7 * i), 100m, 90m, "m", 95m))
            .ToList();

        var points = CallAccuracyCalculator.Points(Given.Week("2026-W46"), records);

        Assert.Equal(13, points.Count); // W33..W45: W46 is the review week; W45 is measured from W46's record
        Assert.Equal(("2026-W33", "2026-W45"), (points[0].Week.ToString(), points[^1].Week.ToString()));
        Assert.Equal(JudgementVerdict.Neutral, CallAccuracyCalculator.ForManager(RepId.From("m"), Given.Week("2026-W46"), records).Verdict); // |95 − 90| = |95 − 100| = 5 every week
    }

    [Fact]
    public void Points_TwoRecordsForOneWeek_Throw()
    {
        Assert.Throws<ArgumentException>(() => CallAccuracyCalculator.Points(Given.Week("2026-W47"), [Record("2026-W46", 1m, 1m, "m", 1m), Record("2026-W46", 2m, 2m, "m", 2m)]));
    }

    [Fact]
    public void JudgementValue_NoPoints_IsNoHistory()
    {
        var value = new JudgementValue([]);

        Assert.Equal((JudgementVerdict.NoHistory, (decimal?)null, (decimal?)null), (value.Verdict, value.Value, value.MeanCallError));
    }

    private static CallRecord Record(string week, decimal rollUp, decimal call, string? by, decimal lastWeekActual) =>
        Record(Given.Week(week).Monday, rollUp, call, by, lastWeekActual);

    private static CallRecord Record(DateOnly monday, decimal rollUp, decimal call, string? by, decimal lastWeekActual) =>
        new(Node, BotCommit.Forecasting.Periods.ForecastWeek.FromMonday(monday), CallFigures.Zero with { ThisWeekCommit = rollUp }, CallFigures.Zero with { ThisWeekCommit = call },
            by is null ? null : RepId.From(by), lastWeekActual);
}
