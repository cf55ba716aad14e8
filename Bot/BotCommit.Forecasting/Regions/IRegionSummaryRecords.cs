namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Where a region's posted summary is kept with what it was computed from (issue #17, "an export reproduces its posted
/// summary"): <see cref="RunRegionTick"/> keeps both each time it is about to post the summary (a retry's recomputation
/// replaces it; the last post wins), so a later export gives the inputs as they were at the post, not as they are
/// after a target or roster change.
/// </summary>
public interface IRegionSummaryRecords
{
    Task KeepAsync(RegionExportContent inputs, RegionSummary summary, CancellationToken cancellationToken);
}
