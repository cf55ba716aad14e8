using BotCommit.Forecasting.Deals;

namespace BotCommit.Forecasting.Regions;

/// <summary>One broken <see cref="CallRule"/>, with the figure or the deal it is about where there is one.</summary>
public sealed record CallProblem(CallRule Rule, CallFigure? Figure = null, DealId? Deal = null);
