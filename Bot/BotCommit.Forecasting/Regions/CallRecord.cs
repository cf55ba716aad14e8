using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// What a node's week left for later weeks (storage keeps one per node and week once its call deadline has passed):
/// the roll-up and the call as they stood (the call equals the roll-up without one), who made the call of record (null:
/// no call), and <see cref="LastWeekActual"/> — Won with close date in the week before, which is the actual that the
/// previous week's call is measured against.
/// </summary>
public sealed record CallRecord(NodeId Node, ForecastWeek Week, CallFigures RollUp, CallFigures Call, RepId? CalledBy, decimal LastWeekActual)
{
    public bool NoCall => CalledBy is null;
}
