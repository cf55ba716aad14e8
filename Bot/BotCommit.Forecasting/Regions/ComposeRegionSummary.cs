using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A region's summary for a week as of now (its children's calls resolved at their deadlines, its own still ahead), from
/// one <see cref="RegionWeekReader"/> pass. On the way it keeps the <see cref="CallRecord"/> of every node under the
/// region whose deadline has passed (write-once: the first stands), which next week's summary and accuracy read.
/// </summary>
public sealed class ComposeRegionSummary
{
    private readonly IOrgTreeStore _trees;
    private readonly ICallStore _calls;
    private readonly RegionWeekReader _reader;
    private readonly TimeProvider _clock;

    public ComposeRegionSummary(IOrgTreeStore trees, ICallStore calls, RegionWeekReader reader, TimeProvider clock)
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

    /// <summary>The summary, or null when <paramref name="region"/> is not a region of the tree.</summary>
    public async Task<RegionSummary?> ComposeAsync(NodeId region, ForecastWeek week, CancellationToken cancellationToken)
    {
        var tree = (await _trees.GetAsync(cancellationToken))?.Value;
        if (tree?.Find(region) is not { IsTeam: false })
        {
            return null;
        }

        return await ComposeAsync(tree, region, week, cancellationToken);
    }

    /// <summary>The summary of a region of <paramref name="tree"/> (already read).</summary>
    public async Task<RegionSummary> ComposeAsync(OrgTree tree, NodeId region, ForecastWeek week, CancellationToken cancellationToken) =>
        (await ReadAsync(tree, region, week, cancellationToken)).Summary();

    /// <summary>
    /// The region's week as the summary is composed from it now (its <see cref="RegionWeek.Summary"/> and
    /// <see cref="RegionWeek.Export"/>), the call records kept on the way.
    /// </summary>
    public async Task<RegionWeek> ReadAsync(OrgTree tree, NodeId region, ForecastWeek week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var read = await _reader.ReadAsync(tree, region, week, _clock.GetUtcNow(), cancellationToken);
        foreach (var node in read.RollUp().Where(n => n.State != CallState.Pending))
        {
            await _calls.AddRecordAsync(node.ToRecord(), cancellationToken);
        }

        return read;
    }
}
