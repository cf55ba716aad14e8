using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

public class RollUpCalculatorTests
{
    private static readonly ThreeLevelWeek World = ThreeLevelWeek.Instance;

    [Fact]
    public void Compute_TeamSummaryMissing_Throws()
    {
        var teams = World.Teams.Where(t => t.Key != TeamId.From("t-uk")).ToDictionary();

        Assert.Throws<ArgumentException>(() => RollUpCalculator.Compute(World.Tree, NodeId.From("emea"), ThreeLevelWeek.Week, teams, World.Calls));
    }

    [Fact]
    public void Compute_CallOfAnotherNodeUnderItsKey_Throws()
    {
        var calls = new Dictionary<NodeId, ResolvedCall>(World.Calls) { [NodeId.From("t-uk")] = World.Calls[NodeId.From("t-de")] };

        Assert.Throws<ArgumentException>(() => RollUpCalculator.Compute(World.Tree, NodeId.From("emea"), ThreeLevelWeek.Week, World.Teams, calls));
    }

    [Fact]
    public void Compute_RegionWithoutChildren_RollsUpToZeroWithoutTargets()
    {
        var tree = OrgTree.Create([OrgTreeTests.Region("empty", null)]);

        var week = Assert.Single(RollUpCalculator.Compute(tree, NodeId.From("empty"), ThreeLevelWeek.Week, new Dictionary<TeamId, WeeklySummary>(), new Dictionary<NodeId, ResolvedCall>()));

        Assert.Equal((CallFigures.Zero, CallState.Pending, (decimal?)null, 0), (week.RollUp, week.State, week.MonthTarget, week.CallsExpectedBelow));
    }

    [Fact]
    public void RegionSummary_OfATeam_Throws()
    {
        Assert.Throws<ArgumentException>(() => RegionSummaryCalculator.Compute(new RegionSummaryInput(World.Tree, NodeId.From("t-de"), ThreeLevelWeek.Week, World.Teams, World.Calls, [])));
    }
}
