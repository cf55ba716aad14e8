using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// One line of a TOP list: the deal as the review week's snapshot of record states it, its rep, and
/// <see cref="WeeksInList"/>: how many consecutive weekly snapshots of record, ending with the review week's, had it in
/// this list (1 = new in the list this week).
/// </summary>
public sealed record TopDeal(
    RepId Rep,
    string RepName,
    DealId Deal,
    string Account,
    string Name,
    decimal Amount,
    DateOnly CloseDate,
    Stage Stage,
    ForecastCategory Category,
    int WeeksInList);
