using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using static BotCommit.Forecasting.Monthly.MonthlyWarning;

namespace BotCommit.Forecasting.Tests.Monthly;

/// <summary>The hand-computed scenarios of SCENARIOS.md (beside this file); the arithmetic is there.</summary>
public class MonthlyReviewScenarioTests
{
    private static readonly RepId Ana = RepId.From("ana");

    private static readonly RepId Ben = RepId.From("ben");

    private static readonly RepId Cy = RepId.From("cy");

    [Fact]
    public void FirstMonth_NoPreviousForecast()
    {
        var ben = Input(Ben, "2026-11", null, "500*12", first: "b1 Commit 800 2026-12-10 s90; b2 Won 300 2026-10-20");
        var review = Compute(
            "2026-11",
            Targets("2026-11", "1000*12"),
            Input(
                Ana, "2026-11", "1000*12", "1000*11 1200", actionPlan: "Close Acme",
                lastFirst: "a3 Upside 2000 2026-11-20 s60; a4 Pipeline 2500 2027-03-15 s25",
                lastLast: "a1 Won 600 2026-10-14",
                first: "a1 Won 600 2026-10-14; a2 Won 400 2026-10-30; a3 Commit 2000 2026-11-20 s90; a4 Pipeline 3000 2027-03-15 s25"),
            ben);

        Expect.Properties(
            Rep(review, Ana).Figures,
            "Ana",
            ("TwelveMonthForecast", 12200m),
            ("PreviousTwelveMonthForecast", 12000m),
            ("LastMonthForecast", 1000m),
            ("WonLastMonth", 1000m),
            ("PlanAchievement", 1m),
            ("VolatilityChange", 0m),
            ("VolatilityBase", 11000m),
            ("Volatility", 0m),
            ("OpenPipeline", 5000m),
            ("PreviousOpenPipeline", 4500m),
            ("PipelineGrowth", (5000m / 4500m) - 1m),
            ("PipelineGrowthBand", GrowthBand.Good),
            ("ForecastGrowth", (12200m / 12000m) - 1m),
            ("ForecastGrowthBand", GrowthBand.BelowRequired),
            ("OpenPipelineTwelveMonths", 5000m),
            ("TwelveMonthTarget", null),
            ("MonthsWithoutTarget", MonthlyCalendar.Window(YearMonth.Parse("2026-11"))),
            ("PipelineCoverage", null),
            ("MeanStage", 0.51m),
            ("PreviousMeanStage", 1825m / 4500m),
            ("ShareAtFiftyOrMore", 0.4m),
            ("PreviousShareAtFiftyOrMore", 2000m / 4500m),
            ("Warnings", new[] { ForecastGrowthBelowRequired, ShareAtFiftyFell }));
        Expect.Properties(
            Rep(review, Ben).Figures,
            "Ben",
            ("TwelveMonthForecast", 6000m),
            ("PreviousTwelveMonthForecast", 0m),
            ("WonLastMonth", 300m),
            ("LastMonthForecast", 0m),
            ("PlanAchievement", null),
            ("Volatility", null),
            ("ForecastGrowth", null),
            ("ForecastGrowthBand", null),
            ("PipelineGrowth", null),
            ("OpenPipeline", 800m),
            ("OpenPipelineTwelveMonths", 800m),
            ("MeanStage", 0.9m),
            ("PreviousMeanStage", null),
            ("ShareAtFiftyOrMore", 1m),
            ("PreviousShareAtFiftyOrMore", null),
            ("Warnings", Array.Empty<MonthlyWarning>()));
        Expect.Properties(
            review.TeamFigures,
            "Team",
            ("TwelveMonthForecast", 18200m),
            ("TwelveMonthTarget", 12000m),
            ("MonthsWithoutTarget", Array.Empty<YearMonth>()),
            ("WonLastMonth", 1300m),
            ("LastMonthForecast", 1000m),
            ("PlanAchievement", 1.3m),
            ("VolatilityChange", 0m),
            ("VolatilityBase", 11000m),
            ("Volatility", 0m),
            ("PreviousTwelveMonthForecast", 12000m),
            ("ForecastGrowth", (18200m / 12000m) - 1m),
            ("ForecastGrowthBand", GrowthBand.Good),
            ("OpenPipeline", 5800m),
            ("PreviousOpenPipeline", 4500m),
            ("PipelineGrowth", (5800m / 4500m) - 1m),
            ("OpenPipelineTwelveMonths", 5800m),
            ("PipelineCoverage", 5800m / 12000m),
            ("MeanStage", 3270m / 5800m),
            ("PreviousMeanStage", 1825m / 4500m),
            ("ShareAtFiftyOrMore", 2800m / 5800m),
            ("PreviousShareAtFiftyOrMore", 2000m / 4500m),
            ("Warnings", new[] { PlanAchievementAboveBand, CoverageBelowMinimum }));
        Assert.Equal(1m, review.Compliance);
        Assert.Equal(["Close Acme"], review.ActionPlans.Select(r => r.ActionPlan));

        var bensCard = MonthlyForecastPrefill.Build(YearMonth.Parse("2026-11"), null, ben.FirstSnapshot!.Deals);
        Assert.All(bensCard.Months, m => Assert.Null(m.Forecast));
        Assert.Equal(800m, bensCard.Months[1].Hint.Commit);
    }

    [Fact]
    public void VolatilityWithSlippedMonth()
    {
        var review = Compute(
            "2026-11",
            Targets(),
            Input(
                Ana, "2026-11", "300 500 1500 500*9", "500 300 1700 500*8 600",
                lastFirst: "a2 Commit 1200 2026-12-15 s80; a3 Upside 500 2026-11-25 s50; a4 Pipeline 100 2026-12-01 s0",
                first: "a1 Won 330 2026-10-20; a2 Commit 1200 2027-01-15 s80; a3 Upside 500 2026-11-25 s50"));

        Expect.Properties(
            review.TeamFigures,
            "Team",
            ("TwelveMonthForecast", 7100m),
            ("PreviousTwelveMonthForecast", 6800m),
            ("VolatilityChange", 2400m),
            ("VolatilityBase", 6500m),
            ("Volatility", 2400m / 6500m),
            ("ForecastGrowth", (7100m / 6800m) - 1m),
            ("WonLastMonth", 330m),
            ("LastMonthForecast", 300m),
            ("PlanAchievement", 1.1m),
            ("OpenPipeline", 1700m),
            ("PreviousOpenPipeline", 1800m),
            ("PipelineGrowth", (1700m / 1800m) - 1m),
            ("MeanStage", 1210m / 1700m),
            ("PreviousMeanStage", 1210m / 1800m),
            ("ShareAtFiftyOrMore", 1m),
            ("PreviousShareAtFiftyOrMore", 1700m / 1800m),
            ("Warnings", new[] { VolatilityHigh, PipelineGrowthBelowRequired, ForecastGrowthBelowRequired }));
        Expect.SameProperties(review.TeamFigures, Rep(review, Ana).Figures, "Ana (the whole team)");
    }

    [Fact]
    public void PlanAchievementExtremes_ZeroAndAboveBand()
    {
        var review = Compute(
            "2026-11",
            Targets(),
            Input(
                Ana, "2026-11", "500*12", "500*12",
                lastLast: "a1 Commit 500 2026-10-28 s90",
                first: "a1 Commit 500 2026-11-10 s90; a3 Won 100 2026-11-01; a4 Lost 300 2026-10-15"),
            Input(
                Ben, "2026-11", "1000*12", "1000*12",
                lastLast: "b1 Won 700 2026-10-09; b2 Commit 400 2026-10-29 s90",
                first: "b1 Won 700 2026-10-09; b2 Won 500 2026-10-29"));

        Expect.Properties(
            Rep(review, Ana).Figures, "Ana", ("WonLastMonth", 0m), ("LastMonthForecast", 500m), ("PlanAchievement", 0m), ("Volatility", 0m), ("ForecastGrowth", 0m));
        Assert.Contains(PlanAchievementBelowBand, Rep(review, Ana).Figures.Warnings);
        Expect.Properties(Rep(review, Ben).Figures, "Ben", ("WonLastMonth", 1200m), ("LastMonthForecast", 1000m), ("PlanAchievement", 1.2m));
        Assert.Contains(PlanAchievementAboveBand, Rep(review, Ben).Figures.Warnings);
        Expect.Properties(review.TeamFigures, "Team", ("WonLastMonth", 1200m), ("LastMonthForecast", 1500m), ("PlanAchievement", 0.8m));
        Assert.Contains(PlanAchievementBelowBand, review.TeamFigures.Warnings);
    }

    [Fact]
    public void PipelineGrowthBands_BelowBetweenAndAbove()
    {
        var review = Compute(
            "2026-11",
            Targets("2026-11", "250*12"),
            Input(Ana, "2026-11", "1000*12", "1040*12", lastFirst: "a1 Pipeline 1000 2027-02-01 s25", first: "a1 Pipeline 1040 2027-02-01 s25; a2 Won 1000 2026-10-05; a3 Lost 700 2026-11-03"),
            Input(Ben, "2026-11", "1000*12", "1070*12", lastFirst: "b1 Upside 1000 2026-12-01 s50", first: "b1 Upside 1070 2026-12-01 s50; b2 Won 1000 2026-10-05"),
            Input(Cy, "2026-11", "1000*12", "1150*12", lastFirst: "c1 Commit 1000 2026-11-20 s90", first: "c1 Commit 1150 2026-11-20 s90; c2 Won 1000 2026-10-05"));

        Expect.Properties(
            Rep(review, Ana).Figures,
            "Ana",
            ("PipelineGrowth", 0.04m),
            ("PipelineGrowthBand", GrowthBand.BelowRequired),
            ("ForecastGrowth", 0.04m),
            ("Volatility", 0.04m),
            ("PlanAchievement", 1m),
            ("Warnings", new[] { PipelineGrowthBelowRequired, ForecastGrowthBelowRequired }));
        Expect.Properties(
            Rep(review, Ben).Figures,
            "Ben",
            ("PipelineGrowth", 0.07m),
            ("PipelineGrowthBand", GrowthBand.Required),
            ("ForecastGrowth", 0.07m),
            ("ForecastGrowthBand", GrowthBand.Required),
            ("Volatility", 0.07m),
            ("Warnings", Array.Empty<MonthlyWarning>()));
        Expect.Properties(
            Rep(review, Cy).Figures,
            "Cy",
            ("PipelineGrowth", 0.15m),
            ("PipelineGrowthBand", GrowthBand.Good),
            ("ForecastGrowth", 0.15m),
            ("ForecastGrowthBand", GrowthBand.Good),
            ("Volatility", 0.15m),
            ("Warnings", Array.Empty<MonthlyWarning>()));
        Expect.Properties(
            review.TeamFigures,
            "Team",
            ("OpenPipeline", 3260m),
            ("PreviousOpenPipeline", 3000m),
            ("PipelineGrowth", (3260m / 3000m) - 1m),
            ("PipelineGrowthBand", GrowthBand.Required),
            ("TwelveMonthForecast", 39120m),
            ("PreviousTwelveMonthForecast", 36000m),
            ("ForecastGrowth", (39120m / 36000m) - 1m),
            ("VolatilityChange", 2860m),
            ("VolatilityBase", 33000m),
            ("Volatility", 2860m / 33000m),
            ("PlanAchievement", 1m),
            ("TwelveMonthTarget", 3000m),
            ("OpenPipelineTwelveMonths", 3260m),
            ("PipelineCoverage", 3260m / 3000m),
            ("MeanStage", 1830m / 3260m),
            ("PreviousMeanStage", 0.55m),
            ("ShareAtFiftyOrMore", 2220m / 3260m),
            ("PreviousShareAtFiftyOrMore", 2000m / 3000m),
            ("Warnings", new[] { CoverageBelowMinimum }));
    }

    [Fact]
    public void FiscalYearStartingInJuly()
    {
        var july = YearMonth.Parse("2026-07");
        Assert.Equal("2026-W28", MonthlyCalendar.DueWeek(july).ToString());
        Assert.Equal("2026-W23", MonthlyCalendar.DueWeek(july.AddMonths(-1)).ToString());
        Assert.Equal("2026-W27", MonthlyCalendar.LastWeek(july.AddMonths(-1)).ToString());
        var teamTargets = Targets("2026-07", "1000*3 1200*6 1500*3");
        teamTargets["2026-06"] = 900m;
        var ana = Input(
            Ana, "2026-07", "2000 1000*11", "1200 1200 1100 1000*9",
            lastFirst: "a3 Commit 600 2026-06-30 s80; a6 Pipeline 1500 2026-08-15 s50; a7 Pipeline 4000 2027-05-10 s25",
            lastLast: "a1 Won 800 2026-06-03; a2 Won 700 2026-06-24; a3 Commit 600 2026-06-30 s90; a4 Won 300 2026-04-20",
            first: "a3 Won 600 2026-06-30; a5 Won 250 2026-07-02; a6 Commit 1500 2026-08-15 s90; a7 Pipeline 4000 2027-05-10 s25; a8 Upside 2000 2027-07-20 s60") with
        {
            Rep = Given.Rep("ana", "Ana") with { MonthTargets = Targets("2026-07", "1000*6 0*6").Where(t => t.Value > 0).ToDictionary() },
        };

        var review = Compute("2026-07", teamTargets, ana, fiscalYearStartMonth: 7);

        Expect.Properties(
            Rep(review, Ana).Figures,
            "Ana",
            ("WonLastMonth", 2100m),
            ("LastMonthForecast", 2000m),
            ("PlanAchievement", 1.05m),
            ("TwelveMonthForecast", 12500m),
            ("PreviousTwelveMonthForecast", 13000m),
            ("ForecastGrowth", (12500m / 13000m) - 1m),
            ("VolatilityChange", 500m),
            ("VolatilityBase", 11000m),
            ("Volatility", 500m / 11000m),
            ("OpenPipeline", 7500m),
            ("PreviousOpenPipeline", 6100m),
            ("PipelineGrowth", (7500m / 6100m) - 1m),
            ("PipelineGrowthBand", GrowthBand.Good),
            ("OpenPipelineTwelveMonths", 5500m),
            ("TwelveMonthTarget", null),
            ("MonthsWithoutTarget", MonthlyCalendar.Window(YearMonth.Parse("2027-01")).Take(6)),
            ("PipelineCoverage", null),
            ("MeanStage", 3550m / 7500m),
            ("PreviousMeanStage", 2230m / 6100m),
            ("ShareAtFiftyOrMore", 3500m / 7500m),
            ("PreviousShareAtFiftyOrMore", 2100m / 6100m),
            ("Warnings", new[] { ForecastGrowthBelowRequired }));
        Expect.Properties(
            review.TeamFigures,
            "Team",
            ("TwelveMonthForecast", 12500m),
            ("TwelveMonthTarget", 14700m),
            ("PipelineCoverage", 5500m / 14700m),
            ("PlanAchievement", 1.05m),
            ("Warnings", new[] { ForecastBelowTarget, ForecastGrowthBelowRequired, CoverageBelowMinimum }));
        Assert.Equal(
            [1000m, 1000m, 1000m, 1200m, 1200m, 1200m, 1200m, 1200m, 1200m, 1500m, 1500m, 1500m],
            review.TeamFigures.Months.Select(m => m.Target));
        Assert.Equal(1500m, review.TeamFigures.Months[1].OpenPipeline); // August: a6
        Assert.Equal(4000m, review.TeamFigures.Months[10].OpenPipeline); // May 2027: a7
    }

    /// <summary>
    /// One rep's input for month <paramref name="month"/>: forecasts written as in <see cref="GivenMonthly"/> (null = none),
    /// both on time; snapshots by their role (lastFirst = last month's first snapshot of record, lastLast = last month's
    /// last, first = this month's first; in November 2026: W41, W44, W45), placed in the right weeks for the month.
    /// </summary>
    private static RepMonthInput Input(
        RepId rep,
        string month,
        string? previousForecast,
        string? forecast,
        string? actionPlan = null,
        string? lastFirst = null,
        string? lastLast = null,
        string? first = null)
    {
        var m = YearMonth.Parse(month);
        var roster = Given.Rep(rep.Value, rep.Value);
        return new RepMonthInput(
            roster,
            forecast is null ? null : new MonthlyForecastOfRecord(GivenMonthly.Forecast(month, forecast, rep, actionPlan: actionPlan), MonthlyForecastState.OnTime),
            previousForecast is null ? null : new MonthlyForecastOfRecord(GivenMonthly.Forecast(m.AddMonths(-1).ToString(), previousForecast, rep), MonthlyForecastState.OnTime))
        {
            PreviousFirstSnapshot = Snapshot(MonthlyCalendar.DueWeek(m.AddMonths(-1)), lastFirst, rep),
            PreviousMonthLastSnapshot = Snapshot(MonthlyCalendar.LastWeek(m.AddMonths(-1)), lastLast, rep),
            FirstSnapshot = Snapshot(MonthlyCalendar.DueWeek(m), first, rep),
        };
    }

    private static Submission? Snapshot(ForecastWeek week, string? deals, RepId rep) =>
        deals is null ? null : Given.Snapshot(week, deals, rep);

    private static Dictionary<string, decimal> Targets(string? from = null, string? spec = null) =>
        from is null || spec is null
            ? []
            : GivenMonthly.Lines(from, spec).ToDictionary(l => l.Month.ToString(), l => l.Forecast);

    private static MonthlyReview Compute(string month, Dictionary<string, decimal> teamTargets, params RepMonthInput[] reps) =>
        Compute(month, teamTargets, reps, 1);

    private static MonthlyReview Compute(string month, Dictionary<string, decimal> teamTargets, RepMonthInput rep, int fiscalYearStartMonth) =>
        Compute(month, teamTargets, [rep], fiscalYearStartMonth);

    private static MonthlyReview Compute(string month, Dictionary<string, decimal> teamTargets, RepMonthInput[] reps, int fiscalYearStartMonth) =>
        MonthlyReviewCalculator.Compute(new MonthlyReviewInput(
            Given.Settings(fiscalYearStartMonth) with { MonthTargets = teamTargets },
            YearMonth.Parse(month),
            reps));

    private static RepMonthlyReview Rep(MonthlyReview review, RepId rep) => review.Reps.Single(r => r.Rep == rep);
}
