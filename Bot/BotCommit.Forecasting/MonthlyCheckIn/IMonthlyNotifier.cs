using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Sends the monthly forecast's scheduled personal messages (the host: a clearly titled card of its own in the rep's
/// personal chat; a message to the manager). Same contract as <see cref="IRepNotifier"/>: one message per call, no
/// de-duplication of its own (the delivery records do it), <c>mark</c> passed to the transport, outcomes instead of throws.
/// </summary>
public interface IMonthlyNotifier
{
    Task<NotifyOutcome> SendMonthlyNudgeAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken);

    Task<NotifyOutcome> SendMonthlyReminderAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken);

    Task<NotifyOutcome> SendMonthlyEscalationAsync(
        TeamSettings team, Rep manager, YearMonth month, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken);
}
