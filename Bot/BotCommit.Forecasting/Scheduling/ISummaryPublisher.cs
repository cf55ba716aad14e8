using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Computes and posts the Monday summary of a team's week to the managers' channel (the bot host implements it).
/// The <c>late</c> flag of <see cref="PublishAsync"/> is true when it is posted after the call time (catch-up
/// after downtime), so the card can say so.
/// </summary>
public interface ISummaryPublisher
{
    Task<NotifyOutcome> PublishAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken);
}
