using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Posts a composed monthly review (<see cref="MonthlyReviewContent"/>: figures, funnel, TOP lists, stalled deals) to the
/// team's managers' channel (the host renders the review card, through the same audience check as the weekly summary,
/// <see cref="Summary.SummaryAudience"/>), and sends the whole review privately to a manager or admin when that channel
/// gets the team figures only. One message per call; the caller's delivery records (kinds
/// <see cref="Ports.ScheduledActionKind.MonthlyReview"/> and <see cref="Ports.ScheduledActionKind.MonthlyReviewPrivate"/>)
/// make each once; pass <c>mark</c> to the transport.
/// </summary>
public interface IMonthlyReviewPublisher
{
    Task<NotifyOutcome> PostAsync(TeamSettings team, YearMonth month, MonthlyReviewContent content, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>Sends the whole review (every rep, plan, TOP list and stalled deal) to <paramref name="recipient"/>'s personal chat.</summary>
    Task<NotifyOutcome> PostPrivatelyAsync(TeamSettings team, YearMonth month, RepId recipient, MonthlyReviewContent content, IDeliveryMark mark, CancellationToken cancellationToken);
}
