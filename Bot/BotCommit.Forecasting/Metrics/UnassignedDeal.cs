using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>An open deal of a rep who left, not yet reassigned: listed in the summary, counted in nobody's commit.</summary>
public sealed record UnassignedDeal(RepId From, string FromName, DealForecast Deal);
