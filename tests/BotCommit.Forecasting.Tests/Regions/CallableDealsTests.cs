using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Regions;

public class CallableDealsTests
{
    private static readonly ForecastWeek Week = Given.Week("2026-W47");

    [Fact]
    public void For_Region_SeesDealsInTheCategoryItsChildsCallMovedThemTo()
    {
        var tree = OrgTree.Create([OrgTreeTests.Region("emea", null) with { Managers = [RepId.From("m-emea")] }, OrgTreeTests.Team("team-1", "emea")]);
        var snapshots = new Dictionary<TeamId, IReadOnlyList<Submission>> { [Given.Team] = [Given.Snapshot(Week, "b Upside 40 2026-11-19; c Upside 70 2026-12-10")] };
        var teamCall = new CallSubmission(NodeId.From("team-1"), Week, RepId.From("m"), ManagerCallRulesTests.Instant, [],
            [new MovedDeal(Given.Team, Given.RepA, DealId.From("b"), ForecastCategory.Upside, ForecastCategory.Commit, 40m, Given.Date("2026-11-19"), CallFigures.Zero, "PO")]);
        var calls = new Dictionary<NodeId, ResolvedCall> { [NodeId.From("team-1")] = new(NodeId.From("team-1"), Week, DateTimeOffset.MaxValue, teamCall, []) };

        var forRegion = CallableDeals.For(tree, NodeId.From("emea"), snapshots, calls);
        var forTeam = CallableDeals.For(tree, NodeId.From("team-1"), snapshots, calls);

        Assert.Equal([("b", ForecastCategory.Commit), ("c", ForecastCategory.Upside)], forRegion.Select(d => (d.Deal.Id.Value, d.Deal.Category)));
        Assert.Equal([("b", ForecastCategory.Upside), ("c", ForecastCategory.Upside)], forTeam.Select(d => (d.Deal.Id.Value, d.Deal.Category))); // its own call is not below it
        Assert.Equal(Given.RepA, forRegion[0].Rep);
    }

    [Property(MaxTest = 200)]
    public Property Of_AnyRep_ContributionsOfTheDealsAddUpToTheSummarysSixFigures() =>
        Prop.ForAll(Generators.SummaryInput.ToArbitrary(), input =>
        {
            var summary = WeeklySummaryCalculator.Compute(input);
            var period = ReviewPeriod.For(input.Week, input.Team.FiscalYearStartMonth);

            return summary.Reps.All(rep =>
            {
                var deals = input.Reps.Single(r => r.Rep.Id == rep.Rep).Snapshot?.Deals ?? [];
                return deals.Aggregate(CallFigures.Zero, (s, d) => s.Plus(CallContribution.Of(d, period))) == CallFigures.From(rep.Figures);
            }).Label("sum of contributions == summary figures");
        });
}
