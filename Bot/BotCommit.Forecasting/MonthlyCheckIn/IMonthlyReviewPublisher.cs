using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Posts a computed monthly review to the team's managers' channel (the host renders the review card, through the same
/// audience check as the weekly summary). One post per call; the caller's delivery record (kind
/// <see cref="Ports.ScheduledActionKind.MonthlyReview"/>) makes it once; pass <c>mark</c> to the transport.
/// </summary>
public interface IMonthlyReviewPublisher
{
    Task<NotifyOutcome> PostAsync(TeamSettings team, YearMonth month, MonthlyReview review, IDeliveryMark mark, CancellationToken cancellationToken);
}
