using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A deal a manager counted in <see cref="To"/> instead of <see cref="From"/> for their call, as it was when they did
/// (amount and close date), with <see cref="Effect"/> on the six figures (<see cref="CallContribution.OfMove"/>).
/// </summary>
public sealed record MovedDeal(
    TeamId Team,
    RepId Rep,
    DealId Deal,
    ForecastCategory From,
    ForecastCategory To,
    decimal Amount,
    DateOnly CloseDate,
    CallFigures Effect,
    string Note)
{
    /// <summary>The deal's account as the rep's snapshot named it when the manager moved it ("" in calls kept before names were).</summary>
    public string Account { get; init; } = "";

    /// <summary>The deal's name as the rep's snapshot named it when the manager moved it ("" in calls kept before names were).</summary>
    public string Name { get; init; } = "";
}
