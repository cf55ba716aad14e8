using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Rolls the teams' monthly reviews of month m up to a region (pure): a team's figures are its review's; a region's sums
/// are the sums of its children's (nested regions sum their own children), its ratios divide those sums
/// (<see cref="MonthlyFigures"/>), and each month's target is the region's own where set, else the sum of its children's
/// when every child has one. Compliance sums the teams' expected and on-time reps.
/// </summary>
public static class RegionMonthlyReviewCalculator
{
    /// <param name="tree">The organisation tree.</param>
    /// <param name="region">The region to review.</param>
    /// <param name="month">The month m.</param>
    /// <param name="teams">The monthly review of m of every team under <paramref name="region"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a team, or a team's review is missing or for another team or month.</exception>
    public static RegionMonthlyReview Compute(OrgTree tree, NodeId region, YearMonth month, IReadOnlyDictionary<TeamId, MonthlyReview> teams)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(teams);
        if (tree[region].IsTeam)
        {
            throw new ArgumentException($"'{region}' is a team; a team's review is its own monthly review.", nameof(region));
        }

        var done = new Dictionary<NodeId, Rolled>();
        foreach (var node in tree.BottomUp(region))
        {
            done[node.Id] = node.Team is { } team
                ? ForTeam(node, ReviewOf(teams, team, month))
                : ForRegion(node, month, [.. tree.Children(node.Id).Select(c => done[c.Id])]);
        }

        return new RegionMonthlyReview(region, month, done[region].Line, [.. tree.Children(region).Select(c => done[c.Id].Line)]);
    }

    private static Rolled ForTeam(OrgNode node, MonthlyReview review) =>
        new(new RegionMonthlyLine(node, review.TeamFigures) { ExpectedCount = review.ExpectedCount, OnTimeCount = review.OnTimeCount }, review.TeamSums);

    private static Rolled ForRegion(OrgNode node, YearMonth month, List<Rolled> children)
    {
        var sums = children.Aggregate(MonthlySums.Zero, (sum, child) => sum.Add(child.Sums));
        var targets = new Dictionary<string, decimal>();
        foreach (var m in MonthlyCalendar.Window(month))
        {
            if (Target(node, m, children) is { } target)
            {
                targets[m.ToString()] = target;
            }
        }

        var line = new RegionMonthlyLine(node, MonthlyFigures.From(sums, month, targets))
        {
            ExpectedCount = children.Sum(c => c.Line.ExpectedCount),
            OnTimeCount = children.Sum(c => c.Line.OnTimeCount),
        };
        return new Rolled(line, sums);
    }

    private static decimal? Target(OrgNode node, YearMonth month, List<Rolled> children)
    {
        if (node.MonthTargets.TryGetValue(month.ToString(), out var own))
        {
            return own;
        }

        var childTargets = children.Select(c => c.Line.Figures.Months.FirstOrDefault(x => x.Month == month)?.Target).ToList();
        return children.Count == 0 || childTargets.Any(t => t is null) ? null : childTargets.Sum(t => t!.Value);
    }

    private static MonthlyReview ReviewOf(IReadOnlyDictionary<TeamId, MonthlyReview> teams, TeamId team, YearMonth month)
    {
        if (!teams.TryGetValue(team, out var review))
        {
            throw new ArgumentException($"No monthly review of team '{team}' for {month}.", nameof(teams));
        }

        if (review.Team != team || review.Month != month)
        {
            throw new ArgumentException($"The review of {review.Team}/{review.Month} was passed for {team}/{month}.", nameof(teams));
        }

        return review;
    }

    private sealed record Rolled(RegionMonthlyLine Line, MonthlySums Sums);
}
