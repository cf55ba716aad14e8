using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>A deal of a rep under the node, as the node's call sees it: its category after the moves of the calls below (see <see cref="CallableDeals"/>).</summary>
public sealed record CallableDeal(TeamId Team, RepId Rep, DealForecast Deal);
