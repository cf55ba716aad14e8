using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Pipeline;

/// <summary>The hand-computed scenarios of SCENARIOS.md (beside this file); the arithmetic is there.</summary>
public class PipelineScenarioTests
{
    private static readonly RepId Ana = RepId.From("ana");

    private static readonly RepId Ben = RepId.From("ben");

    private static readonly ForecastWeek W47 = ForecastWeek.Parse("2026-W47");

    [Fact]
    public void FunnelGrowth()
    {
        var w34 = ForecastWeek.Parse("2026-W34");
        var now = new[]
        {
            Given.Snapshot(W47, "a1 Pipeline 100 2027-01-10 s0; a2 Pipeline 190 2027-02-01 s25; a3 Upside 300 2026-12-10 s50; a4 Commit 400 2026-11-20 s90; a5 Upside 150 2026-12-20 s60; a6 Won 500 2026-10-15 s100; a7 Lost 999 2026-11-01; a9 Commit 250 2026-11-18 s100", Ana),
            Given.Snapshot(W47, "b1 Pipeline 400 2027-03-01 s25; b2 Upside 500 2027-01-15 s50; b3 Commit 600 2026-12-01 s80; b4 Won 700 2026-11-03 s100", Ben),
        };
        var then = new[]
        {
            Given.Snapshot(w34, "x1 Pipeline 600 2026-12-01 s25; x2 Upside 400 2026-10-10 s50; x3 Commit 1000 2026-08-30 s90; x4 Won 800 2026-07-20 s100", Ana),
            Given.Snapshot(w34, "y1 Upside 300 2026-09-15 s60; y2 Won 100 2026-08-05 s100", Ben),
        };

        var funnel = FunnelCalculator.Compute(W47, 1, now, then);

        Assert.Equal(w34, funnel.ComparisonWeek);
        Assert.Equal(
            [
                new FunnelPhaseFigures(FunnelPhase.AboveFunnel, 3, 690m, 1, 600m),
                new FunnelPhaseFigures(FunnelPhase.InFunnel, 2, 800m, 1, 400m),
                new FunnelPhaseFigures(FunnelPhase.BestFew, 3, 1150m, 2, 1300m),
                new FunnelPhaseFigures(FunnelPhase.Order, 3, 1450m, 2, 900m),
            ],
            funnel.Phases);
        Expect.Properties(funnel[FunnelPhase.AboveFunnel], "above", ("CountGrowth", 2m), ("AmountGrowth", 0.15m), ("BelowExpectedGrowth", false));
        Expect.Properties(funnel[FunnelPhase.InFunnel], "in", ("CountGrowth", 1m), ("AmountGrowth", 1m), ("BelowExpectedGrowth", false));
        Expect.Properties(funnel[FunnelPhase.BestFew], "best few", ("CountGrowth", 0.5m), ("AmountGrowth", (1150m / 1300m) - 1m), ("BelowExpectedGrowth", true));
        Expect.Properties(funnel[FunnelPhase.Order], "order", ("CountGrowth", 0.5m), ("AmountGrowth", (1450m / 900m) - 1m), ("BelowExpectedGrowth", false));
    }

    [Fact]
    public void TopLists()
    {
        var (w44, w45, w46) = (ForecastWeek.Parse("2026-W44"), ForecastWeek.Parse("2026-W45"), ForecastWeek.Parse("2026-W46"));
        var ana = new RepSnapshotHistory(Ana, "Ana", [
            Given.Snapshot(w44, "t1 Commit 900 2026-11-20 s90; t2 Upside 500 2026-12-15 s70; t3 Pipeline 800 2027-02-01 s60", Ana),
            Given.Snapshot(w45, "t1 Commit 900 2026-11-20 s90; t2 Upside 500 2026-12-15 s80; t3 Pipeline 800 2027-02-01 s50", Ana),
            Given.Snapshot(w46, "t1 Commit 900 2026-11-20 s90; t2 Upside 500 2026-12-15 s80; t3 Pipeline 800 2027-02-01 s60; t4 Won 300 2026-11-05 s100", Ana),
            Given.Snapshot(W47, "t1 Commit 900 2026-11-20 s90; t2 Commit 500 2026-12-15 s90; t3 Pipeline 800 2027-02-01 s60; t4 Won 300 2026-11-05 s100; t5 Won 600 2026-11-12 s100; t6 Upside 700 2027-01-20 s90", Ana),
        ]);
        var ben = new RepSnapshotHistory(Ben, "Ben", [
            Given.Snapshot(w45, "u1 Commit 900 2026-11-25 s100", Ben),
            Given.Snapshot(W47, "u1 Commit 900 2026-11-25 s100; u2 Upside 900 2026-12-31 s90; u3 Pipeline 500 2026-12-01 s70; u4 Won 600 2026-11-12 s100; u5 Won 100 2026-10-30 s100", Ben),
        ]);

        var lists = TopListCalculator.Compute(W47, 1, [ben, ana], size: 3);

        Assert.Equal(["ana/t5/600/1", "ben/u4/600/1", "ana/t4/300/2"], Lines(lists.BookedThisMonth));
        Assert.Equal(["ana/t1/900/4", "ben/u1/900/1", "ben/u2/900/1"], Lines(lists.Closing));
        Assert.Equal(["ana/t3/800/2", "ben/u3/500/1"], Lines(lists.BestFew));
        var t1 = lists.Closing[0];
        Assert.Equal(("Ana", "Acme", "Deal t1", Given.Date("2026-11-20")), (t1.RepName, t1.Account, t1.Name, t1.CloseDate));
    }

    [Fact]
    public void StalledDeals()
    {
        var anaWeeks = new Dictionary<string, string>
        {
            ["2026-W40"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s25; s3 Commit 800 2026-11-01 s90; s4 Pipeline 300 2026-12-01 s25; s5 Upside 400 2027-01-31 s25; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W41"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s25; s3 Commit 800 2026-11-01 s90; s4 Pipeline 300 2026-12-01 s25; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W42"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-01 s90; s4 Pipeline 300 2026-12-01 s25; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W43"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-01 s90; s4 Pipeline 300 2026-12-01 s25; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W44"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-15 s90; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W45"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-15 s90; s4 Pipeline 300 2026-12-20 s25; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W46"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-30 s90; s4 Pipeline 300 2026-12-10 s25; s5 Upside 400 2027-01-31 s50; s6 Pipeline 700 2026-11-10 s50",
            ["2026-W47"] = "s1 Pipeline 1000 2027-03-01 s50; s2 Upside 500 2027-01-15 s60; s3 Commit 800 2026-11-30 s90; s4 Pipeline 300 2026-12-10 s25; s5 Upside 400 2027-01-31 s50; s6 Won 700 2026-11-12 s100",
        };
        var benWeeks = new Dictionary<string, string>
        {
            ["2026-W41"] = "v1 Commit 600 2026-11-10 s80",
            ["2026-W42"] = "v1 Commit 600 2026-11-10 s80",
            ["2026-W43"] = "v1 Commit 600 2026-11-10 s80",
            ["2026-W44"] = "v1 Commit 600 2026-11-20 s80",
            ["2026-W45"] = "v1 Commit 600 2026-11-20 s80",
            ["2026-W46"] = "v1 Commit 600 2026-11-27 s80",
            ["2026-W47"] = "v1 Commit 600 2026-11-27 s80; v2 Pipeline 100 2027-04-01 s0",
        };
        var ana = new RepSnapshotHistory(Ana, "Ana", anaWeeks.Select(w => Given.Snapshot(ForecastWeek.Parse(w.Key), w.Value, Ana)));
        var ben = new RepSnapshotHistory(Ben, "Ben", benWeeks.Select(w => Given.Snapshot(ForecastWeek.Parse(w.Key), w.Value, Ben)));

        Assert.Equal(
            ["s1 2026-W40 49 start 0", "s2 2026-W42 35 - 0", "s3 2026-W40 49 start 2", "s4 2026-W45 14 - 1", "s5 2026-W41 42 - 0"],
            StalledDealCalculator.Histories(W47, ana).Select(Line));
        Assert.Equal(["v1 2026-W41 42 start 2", "v2 2026-W47 0 - 0"], StalledDealCalculator.Histories(W47, ben).Select(Line));

        var stalled = StalledDealCalculator.Stalled(W47, [ben, ana]);

        Assert.Equal(
            ["ana/s1 LongInStage", "ana/s3 RepeatedSlips", "ben/v1 LongInStage+RepeatedSlips", "ana/s5 LongInStage"],
            stalled.Select(s => $"{s.History.Rep}/{s.History.Deal.Id} {string.Join('+', s.Reasons)}"));
        Assert.Equal(7, stalled[0].History.WeeksInStage);
    }

    private static IEnumerable<string> Lines(IReadOnlyList<TopDeal> list) =>
        list.Select(d => $"{d.Rep}/{d.Deal}/{d.Amount}/{d.WeeksInList}");

    private static string Line(DealStageHistory h) =>
        $"{h.Deal.Id} {h.StageSince} {h.DaysInStage} {(h.RunStartsHistory ? "start" : "-")} {h.SlipCount}";
}
