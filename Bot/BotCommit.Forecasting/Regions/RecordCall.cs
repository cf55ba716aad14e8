using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A node manager's call, from the card to storage: <see cref="PrepareAsync"/> builds the card (roll-up of the node's
/// children as their calls stand at their deadlines, the deals under it), <see cref="RecordAsync"/> checks an entry with
/// <see cref="ManagerCallRules"/> against the same roll-up and stores it (write-once; after the deadline it is a
/// revision). The submitter is the authenticated sender, passed in by the host.
/// </summary>
public sealed class RecordCall
{
    private readonly IOrgTreeStore _trees;
    private readonly ICallStore _calls;
    private readonly RegionWeekReader _reader;
    private readonly TimeProvider _clock;

    public RecordCall(IOrgTreeStore trees, ICallStore calls, RegionWeekReader reader, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(clock);
        _trees = trees;
        _calls = calls;
        _reader = reader;
        _clock = clock;
    }

    /// <summary>The card of <paramref name="node"/>'s call for <paramref name="week"/>; null when the node is not in the tree.</summary>
    public async Task<CallCardView?> PrepareAsync(NodeId node, ForecastWeek week, CancellationToken cancellationToken)
    {
        var tree = (await _trees.GetAsync(cancellationToken))?.Value;
        if (tree?.Find(node) is not { } found)
        {
            return null;
        }

        return View(found, await _reader.ReadAsync(tree, node, week, _clock.GetUtcNow(), cancellationToken));
    }

    /// <summary>Checks and stores <paramref name="entry"/> (received now).</summary>
    public async Task<CallOutcome> RecordAsync(CallEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var tree = (await _trees.GetAsync(cancellationToken))?.Value;
        if (tree?.Find(entry.Node) is not { } node)
        {
            return new CallOutcome(new CallAcceptance(null, [new CallProblem(CallRule.WrongNodeOrWeek)]), null, null);
        }

        var now = _clock.GetUtcNow();
        var view = View(node, await _reader.ReadAsync(tree, node.Id, entry.Week, now, cancellationToken));
        var acceptance = ManagerCallRules.Accept(entry, new CallContext(node, view.Period, view.RollUp, view.Deals), now);
        if (acceptance.Call is { } call)
        {
            await _calls.AddSubmissionAsync(call, cancellationToken);
        }

        return new CallOutcome(acceptance, view.Window, acceptance.Call?.Apply(view.RollUp));
    }

    private static CallCardView View(OrgNode node, RegionWeek week)
    {
        var rolled = week.RollUp().Single(n => n.Id == node.Id);
        var submissions = week.Submissions.GetValueOrDefault(node.Id) ?? [];
        var latest = submissions.Count > 0 ? submissions[^1] : null;
        var deals = CallableDeals.For(week.Tree, node.Id, week.Snapshots, week.Calls);
        return new CallCardView(
            node, rolled.Period, rolled.RollUp, latest?.Apply(rolled.RollUp) ?? rolled.RollUp, latest, deals,
            week.Windows[node.Id], week.Tree.Settings(node.Id).Currency, week.Tree.Settings(node.Id).TimeZoneId);
    }
}
