using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The deals a node's call may move: every deal in the W snapshots of record of the reps of the teams under the node,
/// each in the category the calls below already count it in. A deal moved by its team's call and again by a region's
/// call on the way up is seen by the next node in the latest of those categories, so no move is counted twice.
/// </summary>
public static class CallableDeals
{
    /// <param name="tree">The organisation tree.</param>
    /// <param name="node">The node whose call is made.</param>
    /// <param name="snapshots">Per team under the node, its reps' W snapshots of record (a team without an entry has none).</param>
    /// <param name="calls">The resolved calls of the nodes under <paramref name="node"/>; only calls of record count.</param>
    public static IReadOnlyList<CallableDeal> For(
        OrgTree tree,
        NodeId node,
        IReadOnlyDictionary<TeamId, IReadOnlyList<Submission>> snapshots,
        IReadOnlyDictionary<NodeId, ResolvedCall> calls)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(calls);
        var result = new List<CallableDeal>();
        foreach (var teamNode in tree.TeamsUnder(node))
        {
            var team = teamNode.Team!.Value;
            if (!snapshots.TryGetValue(team, out var reps))
            {
                continue;
            }

            // The calls from the team up to (not including) the node, lowest first: a higher call's move wins.
            List<OrgNode> path = teamNode.Id == node ? [] : [teamNode, .. tree.Ancestors(teamNode.Id).TakeWhile(a => a.Id != node)];
            var moves = path
                .Select(n => calls.GetValueOrDefault(n.Id)?.Record)
                .Where(r => r is not null)
                .SelectMany(r => r!.Moves)
                .ToList();
            foreach (var snapshot in reps)
            {
                foreach (var deal in snapshot.Deals)
                {
                    var last = moves.LastOrDefault(m => m.Rep == snapshot.Rep && m.Deal == deal.Id);
                    result.Add(new CallableDeal(team, snapshot.Rep, last is null ? deal : deal with { Category = last.To }));
                }
            }
        }

        return result;
    }
}
