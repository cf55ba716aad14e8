using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>
/// A region's monthly review rolled up by hand, November 2026 (first snapshot 2026-W45, last month's first 2026-W41).
/// Region "r" has two teams and a child region "r2" with one team:
/// <list type="bullet">
/// <item>t1 (targets 100 a month): rep a forecasts 100*12, October 100*12, won 90 in October, open 300 (Jan 2027) vs 200;
/// rep b sends nothing (expected, not on time);</item>
/// <item>t2 (targets 200 a month): rep c forecasts 200*12, October 150*12, won 160 in October, open 500 (Feb 2027) vs 500;</item>
/// <item>r2 (own targets 60 a month) over t3 (no targets): rep d forecasts 50*12, no October forecast, open 100 (Dec 2026) vs nothing.</item>
/// </list>
/// r sets only November's target (1000); its other eleven months are its children's sum 100 + 200 + 60 = 360.
/// </summary>
public class RegionMonthlyReviewCalculatorTests
{
    private static readonly YearMonth November = YearMonth.Parse("2026-11");

    [Fact]
    public void Compute_RegionWithTwoTeamsAndAChildRegion_SumsChildrenAndDividesSums()
    {
        var review = RegionMonthlyReviewCalculator.Compute(Tree(), NodeId.From("r"), November, Teams());

        Assert.Equal(["r2", "t1", "t2"], review.Children.Select(c => c.Node.Id.Value));
        var r = review.Own.Figures;
        Assert.Equal(1200m + 2400m + 600m, r.TwelveMonthForecast);
        Assert.Equal(1000m + (11 * 360m), r.TwelveMonthTarget); // 4960
        Assert.Equal(1000m, r.Months[0].Target);
        Assert.Equal(360m, r.Months[1].Target);
        Assert.Equal(250m, r.WonLastMonth); // 90 + 160
        Assert.Equal(250m, r.LastMonthForecast); // 100 + 150 (+ 0: d had no October forecast)
        Assert.Equal(1m, r.PlanAchievement);
        Assert.Equal(550m, r.VolatilityChange); // only c changed: 11 × 50
        Assert.Equal(2750m, r.VolatilityBase); // 11 × 100 + 11 × 150
        Assert.Equal(0.2m, r.Volatility); // 20 %: not above the limit
        Assert.Equal(900m, r.OpenPipeline);
        Assert.Equal(700m, r.PreviousOpenPipeline);
        Assert.Equal(200m / 700m, r.PipelineGrowth);
        Assert.Equal(GrowthBand.Good, r.PipelineGrowthBand);
        Assert.Equal(3000m, r.PreviousTwelveMonthForecast); // 1200 + 1800 + 0
        Assert.Equal(0.4m, r.ForecastGrowth);
        Assert.Equal(900m / 4960m, r.PipelineCoverage);
        Assert.Equal((4, 3, 0.75m), (review.Own.ExpectedCount, review.Own.OnTimeCount, review.Own.Compliance));
        Assert.Equal(
            [MonthlyWarning.ForecastBelowTarget, MonthlyWarning.CoverageBelowMinimum, MonthlyWarning.ComplianceBelowRequired],
            review.Own.Warnings);
    }

    [Fact]
    public void Compute_ChildRegion_UsesItsOwnTargetsAndItsTeamsSums()
    {
        var review = RegionMonthlyReviewCalculator.Compute(Tree(), NodeId.From("r"), November, Teams());

        var r2 = review.Children[0];
        Assert.Equal(600m, r2.Figures.TwelveMonthForecast);
        Assert.Equal(720m, r2.Figures.TwelveMonthTarget);
        Assert.Null(r2.Figures.PlanAchievement); // no October forecast
        Assert.Null(r2.Figures.Volatility);
        Assert.Null(r2.Figures.PipelineGrowth); // nothing open last month
        Assert.Null(r2.Figures.ForecastGrowth);
        Assert.Equal(100m / 720m, r2.Figures.PipelineCoverage);
        Assert.Equal((1, 1, 1m), (r2.ExpectedCount, r2.OnTimeCount, r2.Compliance));
        Assert.Equal([MonthlyWarning.ForecastBelowTarget, MonthlyWarning.CoverageBelowMinimum], r2.Warnings);
    }

    [Fact]
    public void Compute_TeamLines_AreTheTeamsOwnReviews()
    {
        var teams = Teams();

        var review = RegionMonthlyReviewCalculator.Compute(Tree(), NodeId.From("r"), November, teams);

        var t1 = review.Children[1];
        Assert.Same(teams[TeamId.From("t1")].TeamFigures, t1.Figures);
        Assert.Equal(0.9m, t1.Figures.PlanAchievement);
        Assert.Equal((2, 1, 0.5m), (t1.ExpectedCount, t1.OnTimeCount, t1.Compliance));
        Assert.Contains(MonthlyWarning.ComplianceBelowRequired, t1.Warnings);
    }

    [Fact]
    public void Compute_ChildWithoutATargetForAMonth_LeavesTheRegionWithoutThatMonthsTarget()
    {
        var tree = OrgTree.Create([OrgTreeTests.Region("r", null), OrgTreeTests.Team("t1", "r"), OrgTreeTests.Team("t3", "r")]);
        var teams = Teams();

        var review = RegionMonthlyReviewCalculator.Compute(tree, NodeId.From("r"), November, teams);

        Assert.Null(review.Own.Figures.TwelveMonthTarget);
        Assert.Equal(12, review.Own.Figures.MonthsWithoutTarget.Count);
        Assert.Null(review.Own.Figures.PipelineCoverage);
    }

    [Fact]
    public void Compute_MissingTeamReviewOrATeam_Throws()
    {
        var teams = Teams();
        teams.Remove(TeamId.From("t3"));

        Assert.Throws<ArgumentException>(() => RegionMonthlyReviewCalculator.Compute(Tree(), NodeId.From("r"), November, teams));
        Assert.Throws<ArgumentException>(() => RegionMonthlyReviewCalculator.Compute(Tree(), NodeId.From("t1"), November, Teams()));
    }

    private static OrgTree Tree() => OrgTree.Create(
    [
        OrgTreeTests.Region("r", null) with { MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 1000m } },
        OrgTreeTests.Region("r2", "r") with { MonthTargets = Targets(60m) },
        OrgTreeTests.Team("t1", "r"),
        OrgTreeTests.Team("t2", "r"),
        OrgTreeTests.Team("t3", "r2"),
    ]);

    private static Dictionary<TeamId, MonthlyReview> Teams()
    {
        var t1 = Review("t1", Targets(100m), Rep("t1", "a", "100*12", "100*12", "w1 Won 90 2026-10-10; a1 Pipeline 300 2027-01-01", "a1 Pipeline 200 2027-01-01"), Rep("t1", "b", null, null, null, null));
        var t2 = Review("t2", Targets(200m), Rep("t2", "c", "200*12", "150*12", "w2 Won 160 2026-10-05; c1 Commit 500 2027-02-01", "c1 Commit 500 2027-02-01"));
        var t3 = Review("t3", [], Rep("t3", "d", "50*12", null, "d1 Upside 100 2026-12-01", null));
        return new Dictionary<TeamId, MonthlyReview> { [t1.Team] = t1, [t2.Team] = t2, [t3.Team] = t3 };
    }

    private static MonthlyReview Review(string team, Dictionary<string, decimal> targets, params RepMonthInput[] reps) =>
        MonthlyReviewCalculator.Compute(new MonthlyReviewInput(new TeamSettings(TeamId.From(team)) { Name = team, MonthTargets = targets }, November, reps));

    private static RepMonthInput Rep(string team, string rep, string? november, string? october, string? first, string? lastFirst)
    {
        var teamId = TeamId.From(team);
        var repId = RepId.From(rep);
        MonthlyForecastOfRecord? Record(string month, string? spec) => spec is null
            ? null
            : new MonthlyForecastOfRecord(GivenMonthly.Forecast(month, spec, repId) with { Team = teamId }, MonthlyForecastState.OnTime);
        BotCommit.Forecasting.Submissions.Submission? Snapshot(string week, string? deals) => deals is null
            ? null
            : Given.Snapshot(ForecastWeek.Parse(week), deals, repId) with { Team = teamId };
        return new RepMonthInput(new Rep(teamId, repId, rep), Record("2026-11", november), Record("2026-10", october))
        {
            FirstSnapshot = Snapshot("2026-W45", first),
            PreviousFirstSnapshot = Snapshot("2026-W41", lastFirst),
        };
    }

    private static Dictionary<string, decimal> Targets(decimal each) => MonthlyCalendar.Window(November).ToDictionary(m => m.ToString(), _ => each);
}
