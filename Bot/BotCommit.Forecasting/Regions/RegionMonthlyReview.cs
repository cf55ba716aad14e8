using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The monthly forecast review of a region for month m (domain.md, "The monthly forecast review" rolled up as in
/// "Regions"): the region's own line and one line per direct child (team or region), children ordered by id.
/// </summary>
public sealed record RegionMonthlyReview(NodeId Region, YearMonth Month, RegionMonthlyLine Own, IReadOnlyList<RegionMonthlyLine> Children);
