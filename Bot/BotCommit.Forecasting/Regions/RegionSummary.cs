using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A region's weekly summary, posted to its channel before its own call: a line per child (ordered by id) and the
/// region's own line (its roll-up is the sum of the children's calls), and the children's judgement changes, largest
/// first (|call − roll-up| descending, then node id, then figure).
/// </summary>
public sealed record RegionSummary(ReviewPeriod Period, RegionLine Region, IReadOnlyList<RegionLine> Children, IReadOnlyList<JudgementChange> BiggestJudgements)
{
    public ForecastWeek Week => Period.Week;
}
