using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Rolls a week up the tree (pure), children before parents: a team's roll-up is its reps' sums (its Monday summary);
/// a region's is the sum of its children's calls, a child without a call contributing its roll-up. Every node's call is
/// its call of record applied to its roll-up. Ratios are left to the summary, which divides these sums.
/// </summary>
public static class RollUpCalculator
{
    /// <param name="tree">The organisation tree.</param>
    /// <param name="top">The node to roll up to.</param>
    /// <param name="week">The review week.</param>
    /// <param name="teams">The Monday summary of <paramref name="week"/> of every team under <paramref name="top"/>, computed on the team's effective fiscal calendar.</param>
    /// <param name="calls">The resolved calls of the nodes whose deadline has passed; a node without an entry is <see cref="CallState.Pending"/>.</param>
    /// <returns>Every node under (and at) <paramref name="top"/>, children before parents.</returns>
    /// <exception cref="ArgumentException">A team's summary is missing or for another team, week or fiscal quarter; a call is for another node or week.</exception>
    public static IReadOnlyList<NodeWeek> Compute(
        OrgTree tree,
        NodeId top,
        ForecastWeek week,
        IReadOnlyDictionary<TeamId, WeeklySummary> teams,
        IReadOnlyDictionary<NodeId, ResolvedCall> calls)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(calls);
        var done = new Dictionary<NodeId, NodeWeek>();
        foreach (var node in tree.BottomUp(top))
        {
            var period = tree.PeriodOf(node.Id, week);
            var children = tree.Children(node.Id).Select(c => done[c.Id]).ToList();
            var resolved = calls.GetValueOrDefault(node.Id);
            if (resolved is not null && (resolved.Node != node.Id || resolved.Week != week))
            {
                throw new ArgumentException($"The call of {resolved.Node}/{resolved.Week} was passed for {node.Id}/{week}.", nameof(calls));
            }

            done[node.Id] = node.Team is { } team
                ? ForTeam(node, period, TeamSummary(teams, team, period), resolved)
                : ForRegion(node, period, children, resolved);
        }

        return [.. done.Values];
    }

    private static NodeWeek ForTeam(OrgNode node, ReviewPeriod period, WeeklySummary summary, ResolvedCall? resolved)
    {
        var rollUp = CallFigures.From(summary.TeamFigures);
        return WithCall(node, period, rollUp, SubtreeSums.Of(summary), resolved) with
        {
            MonthTarget = summary.TeamFigures.MonthTarget,
            QuarterTarget = summary.TeamFigures.QuarterTarget,
        };
    }

    private static NodeWeek ForRegion(OrgNode node, ReviewPeriod period, List<NodeWeek> children, ResolvedCall? resolved)
    {
        var rollUp = children.Aggregate(CallFigures.Zero, (sum, child) => sum.Plus(child.Call));
        var sums = children.Aggregate(SubtreeSums.Zero, (sum, child) => sum.Plus(child.Sums));
        return WithCall(node, period, rollUp, sums, resolved) with
        {
            MonthTarget = Target(node.MonthTargets, period.Month.ToString(), children, c => c.MonthTarget),
            QuarterTarget = Target(node.QuarterTargets, period.Quarter.Key, children, c => c.QuarterTarget),
            CallsExpectedBelow = children.Sum(c => c.CallsExpectedBelow + (c.CallExpected ? 1 : 0)),
            CallsMadeBelow = children.Sum(c => c.CallsMadeBelow + (c.CallExpected && c.State == CallState.Called ? 1 : 0)),
        };
    }

    private static NodeWeek WithCall(OrgNode node, ReviewPeriod period, CallFigures rollUp, SubtreeSums sums, ResolvedCall? resolved)
    {
        var state = resolved is null ? CallState.Pending : resolved.NoCall ? CallState.NoCall : CallState.Called;
        var call = resolved?.Record?.Apply(rollUp) ?? rollUp;
        return new NodeWeek(node, period, rollUp, call, state, sums) { Resolved = resolved };
    }

    private static decimal? Target(IReadOnlyDictionary<string, decimal> own, string key, List<NodeWeek> children, Func<NodeWeek, decimal?> childTarget)
    {
        if (own.TryGetValue(key, out var target))
        {
            return target;
        }

        if (children.Count == 0 || children.Any(c => childTarget(c) is null))
        {
            return null;
        }

        return children.Sum(c => childTarget(c)!.Value);
    }

    private static WeeklySummary TeamSummary(IReadOnlyDictionary<TeamId, WeeklySummary> teams, TeamId team, ReviewPeriod period)
    {
        if (!teams.TryGetValue(team, out var summary))
        {
            throw new ArgumentException($"No summary of team '{team}' for {period.Week}.", nameof(teams));
        }

        if (summary.Team != team || summary.Week != period.Week)
        {
            throw new ArgumentException($"The summary of {summary.Team}/{summary.Week} was passed for {team}/{period.Week}.", nameof(teams));
        }

        if (summary.Period.Quarter != period.Quarter)
        {
            throw new ArgumentException(
                $"The summary of team '{team}' was computed for the quarter {summary.Period.Quarter}, the tree's calendar gives {period.Quarter}.",
                nameof(teams));
        }

        return summary;
    }
}
