using System.Globalization;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.Tests.Metrics;

public class AccuracyCalculatorTests
{
    private static readonly ForecastWeek AsOf = ForecastWeek.Parse("2026-W47");

    [Theory]
    [InlineData("1.2 1.15 1.3", AccuracyBias.Sandbagging)] // all three above 110 %
    [InlineData("0.9 0.8 0.5", AccuracyBias.OverCommitting)] // all three below 95 %
    [InlineData("1.2 1.2", AccuracyBias.None)] // too few weeks to tell
    [InlineData("1.2 1.2 1.2 1.0", AccuracyBias.Sandbagging)] // 3 of 4 above, none below
    [InlineData("1.2 1.2 1.2 0.9", AccuracyBias.None)] // one week below the band breaks "consistently"
    [InlineData("1.2 1.2 1.0 1.0", AccuracyBias.None)] // only half above
    [InlineData("0.5 0.9 0.94 1.0", AccuracyBias.OverCommitting)] // 3 of 4 below, none above
    [InlineData("1.10 1.10 1.10", AccuracyBias.None)] // on the band's edge is not above it
    [InlineData("0.95 0.95 0.95", AccuracyBias.None)] // on the band's edge is not below it
    public void BiasOf_Attainments_FollowsTheThreeQuartersRule(string attainments, AccuracyBias expected)
    {
        var points = Points(attainments);

        Assert.Equal(expected, AccuracyCalculator.BiasOf(points));
    }

    [Theory]
    [InlineData("1.2 0.8 1.0 1.1", "0.125")] // (0.2 + 0.2 + 0 + 0.1) / 4
    [InlineData("1 1 1", "0")]
    [InlineData("0.5", "0.5")]
    [InlineData("", "null")] // no weeks with a commit
    public void MeanAbsoluteError_Attainments_IsMeanOfDistanceFromOne(string attainments, string expected)
    {
        var window = new AccuracyWindow(4, Points(attainments));

        Assert.Equal(Given.Number(expected), window.MeanAbsoluteError);
    }

    [Fact]
    public void WeightedAbsoluteError_WeighsEachWeekByItsCommit_BesideTheUnweightedMean()
    {
        // Week 1: commit 100, actual 50 (attainment 0.5); week 2: commit 900, actual 900 (1.0).
        // Unweighted: (0.5 + 0) / 2 = 0.25. Weighted: (|50 − 100| + |900 − 900|) / (100 + 900) = 50 / 1000 = 0.05.
        var window = new AccuracyWindow(4,
        [
            new AccuracyPoint(Given.Week("2026-W45"), 100m, 50m),
            new AccuracyPoint(Given.Week("2026-W46"), 900m, 900m),
        ]);

        Assert.Equal(0.25m, window.MeanAbsoluteError);
        Assert.Equal(0.05m, window.WeightedAbsoluteError);
        Assert.Null(new AccuracyWindow(4, []).WeightedAbsoluteError);
    }

    [Fact]
    public void Compute_Snapshots_MeasuresEachWeekCommitAgainstNextWeekActual()
    {
        // Measured weeks W-13..W-1 (2026-W34..W46): commit 100 each, actual = 100 + 10 * weeks back,
        // except W-2 (W45) without a commit, and no snapshot for W-5 (W42), so neither W42 nor W41 can be measured.
        var snapshots = new List<Submission>();
        for (var back = 14; back >= 0; back--)
        {
            var week = ForecastWeek.FromMonday(AsOf.Monday.AddDays(-7 * back));
            if (back == 5)
            {
                continue;
            }

            var commit = back is 0 or 2 ? string.Empty : $"c{back} Commit 100 {Day(week)}";
            var won = back == 14 ? string.Empty : $"w{back} Won {100 + (10 * (back + 1))} {Day(week.Previous)}";
            snapshots.Add(Given.Snapshot(week, $"{commit}; {won}"));
        }

        var history = AccuracyCalculator.Compute(Given.RepA, AsOf, snapshots);

        Assert.Equal(["2026-W43", "2026-W44", "2026-W46"], history.Last4.Points.Select(p => p.Week.ToString())); // W45 had no commit
        Assert.Equal([1.4m, 1.3m, 1.1m], history.Last4.Points.Select(p => p.Attainment)); // 140/100, 130/100, 110/100
        Assert.Equal(0.2666666666666666666666666667m, history.Last4.MeanAbsoluteError); // (0.4 + 0.3 + 0.1) / 3
        Assert.Equal(AccuracyBias.None, history.Last4.Bias); // 2 of 3 above 110 % (1.1 is on the edge): not three quarters
        Assert.Equal(10, history.Last13.Points.Count); // 13 weeks minus W45 (no commit), W42 and W41 (no W42 snapshot)
        Assert.Equal("2026-W34", history.Last13.Points[0].Week.ToString());
        Assert.Equal(2.3m, history.Last13.Points[0].Attainment); // 230 / 100
    }

    [Fact]
    public void Compute_DuplicateWeek_Throws()
    {
        var week = AsOf.Previous;

        Assert.Throws<ArgumentException>(() => AccuracyCalculator.Compute(Given.RepA, AsOf, [Given.Snapshot(week, ""), Given.Snapshot(week, "")]));
    }

    private static string Day(ForecastWeek week) => week.Monday.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static AccuracyPoint[] Points(string attainments) =>
        [.. attainments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((a, i) => new AccuracyPoint(ForecastWeek.FromMonday(AsOf.Monday.AddDays(-7 * (i + 1))), 100m, 100m * decimal.Parse(a, CultureInfo.InvariantCulture)))];
}
