using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>The outcome of <see cref="OfflineRegionSummary.Compute(string)"/>: the summary, or the errors of the export.</summary>
public sealed record OfflineRegionSummaryResult(RegionSummary? Summary, IReadOnlyList<JsonError> Errors)
{
    public bool Succeeded => Summary is not null && Errors.Count == 0;
}
