using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>Every figure here is computed by hand in ThreeLevelTree.md (same folder); the six figures are (TWC, TWU, MF, MU, QF, QU).</summary>
public class ThreeLevelTreeTests
{
    private static readonly ThreeLevelWeek World = ThreeLevelWeek.Instance;

    [Fact]
    public void Teams_RollUps_AreTheRepsSums()
    {
        Assert.Equal(Figures(200, 50, 300, 50, 600, 130), RollUp("t-de"));
        Assert.Equal(Figures(100, 60, 310, 60, 310, 60), RollUp("t-uk")); // uk1 + uk2 carried
        Assert.Equal(Figures(150, 0, 530, 0, 780, 100), RollUp("t-au"));
        Assert.Equal(Figures(80, 120, 280, 120, 280, 120), RollUp("t-cn"));
        Assert.Equal(Figures(50, 0, 50, 40, 50, 40), RollUp("t-jp"));
    }

    [Fact]
    public void Calls_BottomUp_RecordRevisionsAndNoCall()
    {
        var uk = World.Calls[Node("t-uk")];
        var emea = World.Calls[Node("emea")];

        Assert.True(uk.NoCall); // its only answer came at 13:00Z, after the 12:00Z deadline
        Assert.Equal([ThreeLevelWeek.Utc("2026-11-16T13:00")], uk.Revisions.Select(r => r.SubmittedAt));
        Assert.Equal("m-emea-2", emea.Record!.Submitter.Value); // two managers, one call: the last submitter before the deadline
        Assert.Equal([ThreeLevelWeek.Utc("2026-11-18T08:00")], emea.Revisions.Select(r => r.SubmittedAt));
        Assert.Equal(ThreeLevelWeek.Utc("2026-11-17T11:00"), World.Windows[Node("emea")].Deadline); // Tuesday 12:00 Berlin, inherited from org
    }

    [Fact]
    public void CallThatMovesADeal_FiguresFollowTheDeal_AndTheRegionAboveSeesTheDealMoved()
    {
        var cn = World.SummaryOf("apac").Children.Single(c => c.Node.Id == Node("t-cn"));
        var apacContext = World.ContextFor("apac", World.Calls.Where(c => c.Key != Node("apac") && World.Tree.IsWithin(c.Key, Node("apac"))).ToDictionary());

        Assert.Equal(Figures(200, 0, 400, 0, 400, 0), cn.Call); // c1 Upside 120 → Commit: ±120 on each
        Assert.Equal(Figures(120, -120, 120, -120, 120, -120), cn.Judgement);
        var move = Assert.Single(cn.Record!.Moves);
        Assert.Equal((ForecastCategory.Upside, ForecastCategory.Commit, 120m), (move.From, move.To, move.Amount));
        Assert.Equal(ForecastCategory.Commit, apacContext.Deals.Single(d => d.Deal.Id == DealId.From("c1")).Deal.Category);
        var again = ManagerCallRules.Check(
            new CallEntry(Node("apac"), ThreeLevelWeek.Week, RepId.From("m-apac"), [], [new DealMoveRequest(RepId.From("cn1"), DealId.From("c1"), ForecastCategory.Commit, "x")]),
            apacContext);
        Assert.Equal([CallRule.MoveToSameCategory], again.Select(p => p.Rule));
    }

    [Fact]
    public void EmeaSummary_ChildWithNoCall_UsesItsRollUpAndCountsAgainstManagers()
    {
        var summary = World.SummaryOf("emea");
        var de = summary.Children[0];
        var uk = summary.Children[1];
        var emea = summary.Region;

        Assert.Equal(["t-de", "t-uk"], summary.Children.Select(c => c.Node.Id.Value));

        Assert.Equal((CallState.Called, "m-de"), (de.State, de.CalledBy?.Value));
        Assert.Equal(Figures(150, 50, 300, 50, 600, 130), de.Call);
        Assert.Equal((100m, 100m, 1m), (de.LastWeekActual, de.LastWeekCall, de.CallAttainment)); // 100 ÷ 100
        Assert.Equal((0.75m, 0.6m), (de.MonthForecastToTarget, de.QuarterForecastToTarget)); // 300/400, 600/1000
        Assert.Equal(1030m / 900m, de.PipelineCoverage); // 1030 ÷ (1000 − 100)
        Assert.Equal((1m, 1m), (de.RepCompliance, de.ManagerCompliance));
        var mde = Assert.Single(de.Managers).Judgement; // W46: roll-up 100 = call 100 = actual 100
        Assert.Equal((JudgementVerdict.RollUpExact, (decimal?)null, (decimal?)0m), (mde.Verdict, mde.Value, mde.MeanCallError));

        Assert.Equal(CallState.NoCall, uk.State);
        Assert.Equal(uk.RollUp, uk.Call);
        Assert.Equal(Figures(100, 60, 310, 60, 310, 60), uk.Call);
        Assert.Equal(Figures(120, 60, 310, 60, 310, 60), uk.LatestRevision); // shown, not counted
        Assert.Null(uk.CalledBy);
        Assert.Null(uk.LastWeekCall); // no record last week
        Assert.Null(uk.CallAttainment);
        Assert.Equal(0.62m, uk.MonthForecastToTarget); // 310/500
        Assert.Equal(450m / 1080m, uk.PipelineCoverage); // 450 ÷ (1200 − 120)
        Assert.Equal((2, 1, 0.5m), (uk.RepsExpected, uk.RepsOnTime, uk.RepCompliance));
        Assert.Equal((1, 0, 0m), (uk.CallsExpected, uk.CallsMade, uk.ManagerCompliance));

        Assert.Equal(CallState.Pending, emea.State); // its own call is after this summary
        Assert.Equal(Figures(250, 110, 610, 110, 910, 190), emea.RollUp); // t-de's call + t-uk's roll-up
        Assert.Equal(emea.RollUp, emea.Call);
        Assert.Equal((220m, 230m), (emea.LastWeekActual, emea.LastWeekCall));
        Assert.Equal(220m / 230m, emea.CallAttainment);
        Assert.False(emea.CallAttainmentOutsideBand); // 95.65 %
        Assert.Equal(0.88m, emea.RollUpAttainment); // 220 ÷ 250
        Assert.Equal((1200m, 3000m), (emea.MonthTarget, emea.QuarterTarget));
        Assert.Equal(1480m / 2780m, emea.PipelineCoverage); // (1030 + 450) ÷ (3000 − 220)
        Assert.Equal(2m / 3m, emea.RepCompliance);
        Assert.Equal((2, 1, 0.5m), (emea.CallsExpected, emea.CallsMade, emea.ManagerCompliance)); // t-de, t-uk

        var change = Assert.Single(summary.BiggestJudgements);
        Assert.Equal(("t-de", CallFigure.ThisWeekCommit, -50m), (change.Node.Value, change.Figure, change.Delta));
        Assert.Equal(["d1 legal review may slip"], change.Notes);
    }

    [Fact]
    public void ApacSummary_TargetsSumTheChildrensWhenAllHaveOne_JudgementsOrderedDeterministically()
    {
        var summary = World.SummaryOf("apac");
        var apac = summary.Region;

        Assert.Equal(Figures(400, 0, 980, 40, 1350, 140), apac.RollUp);
        Assert.Equal(1000m, apac.MonthTarget); // 600 + 300 + 100
        Assert.Null(apac.QuarterTarget); // t-jp has none
        Assert.Equal(0.98m, apac.MonthForecastToTarget);
        Assert.Null(apac.QuarterForecastToTarget);
        Assert.Null(apac.PipelineCoverage);
        Assert.Equal((3, 3, 1m), (apac.CallsExpected, apac.CallsMade, apac.ManagerCompliance));
        Assert.Equal(Figures(50, 0, 50, 40, 50, 40), summary.Children.Single(c => c.Node.Id == Node("t-jp")).Call); // called, unchanged

        Assert.Equal(
            [
                ("t-au", CallFigure.QuarterForecast, 120m),
                ("t-cn", CallFigure.ThisWeekCommit, 120m),
                ("t-cn", CallFigure.ThisWeekUpside, -120m),
                ("t-cn", CallFigure.MonthForecast, 120m),
                ("t-cn", CallFigure.MonthUpside, -120m),
                ("t-cn", CallFigure.QuarterForecast, 120m),
                ("t-cn", CallFigure.QuarterUpside, -120m),
            ],
            summary.BiggestJudgements.Select(j => (j.Node.Value, j.Figure, j.Delta)));
        Assert.All(summary.BiggestJudgements.Skip(1), j => Assert.Equal(["PO signed Friday, booking Thursday"], j.Notes));
    }

    [Fact]
    public void OrgSummary_RegionsContributeTheirCalls()
    {
        var summary = World.SummaryOf("org");
        var apac = summary.Children[0];
        var emea = summary.Children[1];
        var org = summary.Region;

        Assert.Equal(Figures(450, 0, 980, 40, 1350, 140), apac.Call);
        Assert.Equal(Figures(50, 0, 0, 0, 0, 0), apac.Judgement);
        Assert.Equal((580m, 700m, 600m), (apac.LastWeekActual, apac.LastWeekCall, apac.LastWeekRollUp));
        Assert.Equal(580m / 700m, apac.CallAttainment);
        Assert.True(apac.CallAttainmentOutsideBand); // 82.86 %
        Assert.Equal(580m / 600m, apac.RollUpAttainment);
        Assert.Equal((4, 4), (apac.CallsExpected, apac.CallsMade)); // apac, t-au, t-cn, t-jp

        Assert.Equal((CallState.Called, "m-emea-2"), (emea.State, emea.CalledBy?.Value));
        Assert.Equal(Figures(250, 110, 610, 110, 1000, 190), emea.Call);
        Assert.Equal(Figures(250, 110, 610, 110, 800, 190), emea.LatestRevision);
        Assert.Equal(1000m / 3000m, emea.QuarterForecastToTarget);
        Assert.Equal(910m / 3000m, emea.RollUpQuarterForecastToTarget);
        Assert.Equal((3, 2), (emea.CallsExpected, emea.CallsMade)); // emea, t-de, t-uk

        Assert.Equal(CallState.Pending, org.State);
        Assert.Equal(Figures(700, 110, 1590, 150, 2350, 330), org.RollUp); // emea's call + apac's call
        Assert.Equal((800m, 930m, true), (org.LastWeekActual, org.LastWeekCall, org.LastWeekNoCall));
        Assert.Equal(800m / 930m, org.CallAttainment);
        Assert.Equal((2200m, 6000m), (org.MonthTarget, org.QuarterTarget)); // month: 1200 + 1000; quarter: its own
        Assert.Equal(1590m / 2200m, org.MonthForecastToTarget);
        Assert.Equal(2350m / 6000m, org.QuarterForecastToTarget);
        Assert.Equal(2270m / 5200m, org.PipelineCoverage); // (1480 + 790) ÷ (6000 − 800)
        Assert.Equal((6, 5), (org.RepsExpected, org.RepsOnTime));
        Assert.Equal((7, 6), (org.CallsExpected, org.CallsMade)); // all but t-uk

        Assert.Equal(
            [("emea", CallFigure.QuarterForecast, 90m), ("apac", CallFigure.ThisWeekCommit, 50m)],
            summary.BiggestJudgements.Select(j => (j.Node.Value, j.Figure, j.Delta)));
        Assert.Equal(["UK renewal and DE expansion in December"], summary.BiggestJudgements[0].Notes);
    }

    [Fact]
    public void Accuracy_OneManagersAdjustmentsHelpAnothersHurt()
    {
        var summary = World.SummaryOf("org");
        var emeaManagers = summary.Children.Single(c => c.Node.Id == Node("emea")).Managers.ToDictionary(m => m.Manager.Value, m => m.Judgement);
        var apac = summary.Children.Single(c => c.Node.Id == Node("apac")).Managers.Single().Judgement;
        var vp = summary.Region.Managers.Single().Judgement;

        var emea = emeaManagers["m-emea"]; // W43, W45, W46: |errors| of the call 10 each, of the roll-up 50, 30, 30
        Assert.Equal(["2026-W43", "2026-W45", "2026-W46"], emea.Points.Select(p => p.Week.ToString()));
        Assert.Equal(220m, emea.Points[^1].Actual); // W46's actual is this week's last-week actual
        Assert.Equal((10m, 110m / 3m), (emea.MeanCallError, emea.MeanRollUpError));
        Assert.Equal(30m / 110m, emea.Value);
        Assert.Equal(JudgementVerdict.Helped, emea.Verdict);
        Assert.Equal(10m / 30m, emeaManagers["m-emea-2"].Value); // W44 only

        Assert.Equal(["2026-W43", "2026-W44", "2026-W46"], apac.Points.Select(p => p.Week.ToString())); // W45 had no call
        Assert.Equal((90m, 50m / 3m), (apac.MeanCallError, apac.MeanRollUpError));
        Assert.Equal(5.4m, apac.Value); // 270 ÷ 50
        Assert.Equal(JudgementVerdict.Hurt, apac.Verdict);

        Assert.Equal((JudgementVerdict.NoHistory, (decimal?)null), (vp.Verdict, vp.Value));
    }

    [Fact]
    public void JulyFiscalYear_InheritedByTheRegionsTeams_QuartersLineUpWithTheOrgs()
    {
        var de = World.Tree.Settings(Node("t-de"));

        Assert.Equal((7, Node("emea")), (de.FiscalYearStartMonth, de.FiscalCalendarFrom));
        Assert.Equal(1, World.Tree.Settings(Node("t-cn")).FiscalYearStartMonth);
        Assert.Equal("2026-10", World.Teams[TeamId.From("t-de")].Period.Quarter.Key); // Oct–Dec: FY2027 Q2 on July's calendar
        Assert.Equal(World.Tree.PeriodOf(Node("org"), ThreeLevelWeek.Week).Quarter, World.Tree.PeriodOf(Node("emea"), ThreeLevelWeek.Week).Quarter);
        Assert.Equal(600m, World.Teams[TeamId.From("t-de")].TeamFigures.QuarterForecast);

        // A team summary computed on a calendar whose quarter differs (fiscal year from February: Nov–Jan) is refused.
        var misaligned = new Dictionary<TeamId, WeeklySummary>(World.Teams)
        {
            [TeamId.From("t-de")] = WeeklySummaryCalculator.Compute(new SummaryInput(new TeamSettings(TeamId.From("t-de")) { FiscalYearStartMonth = 2 }, ThreeLevelWeek.Week, DateTimeOffset.MinValue, [])),
        };
        Assert.Throws<ArgumentException>(() => RollUpCalculator.Compute(World.Tree, Node("emea"), ThreeLevelWeek.Week, misaligned, World.Calls));
        Assert.Contains(OrgTree.Check([.. World.Tree.Nodes.Where(n => n.Id != Node("emea")), World.Tree[Node("emea")] with { FiscalYearStartMonth = 2 }]), p => p.Rule == TreeRule.FiscalQuarterNotAligned);
    }

    [Fact]
    public void Records_OfTheWeek_KeepRollUpCallCallerAndLastWeeksActual()
    {
        var weeks = RollUpCalculator.Compute(World.Tree, Node("org"), ThreeLevelWeek.Week, World.Teams, World.Calls).ToDictionary(w => w.Id.Value);

        Assert.Equal(["t-au", "t-cn", "t-jp", "apac", "t-de", "t-uk", "emea", "org"], weeks.Keys);
        var emea = weeks["emea"].ToRecord();
        Assert.Equal((Figures(250, 110, 610, 110, 910, 190), Figures(250, 110, 610, 110, 1000, 190), "m-emea-2", 220m), (emea.RollUp, emea.Call, emea.CalledBy?.Value, emea.LastWeekActual));
        Assert.True(weeks["t-uk"].ToRecord().NoCall);
        Assert.True(weeks["org"].ToRecord().NoCall); // pending: no caller to measure
    }

    private static CallFigures RollUp(string team) => CallFigures.From(World.Teams[TeamId.From(team)].TeamFigures);

    private static CallFigures Figures(decimal twc, decimal twu, decimal mf, decimal mu, decimal qf, decimal qu) => new(twc, twu, mf, mu, qf, qu);

    private static NodeId Node(string id) => NodeId.From(id);
}
