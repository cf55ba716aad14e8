using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A manager counting a rep's deal in another category for their call (e.g. an Upside they are sure of as Commit), with
/// a note. The rep's own snapshot is not changed; only the call's figures follow the deal.
/// </summary>
public sealed record DealMoveRequest(RepId Rep, DealId Deal, ForecastCategory To, string Note);
