using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>A deal of one rep, listed in the summary (a soft or a hidden commit).</summary>
internal sealed record RepDeal(RepSummary Rep, DealForecast Deal);
