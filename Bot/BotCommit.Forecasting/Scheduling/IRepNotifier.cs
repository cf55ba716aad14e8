using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Sends the scheduled personal messages (the bot host implements it with cards and proactive Teams messages, through the
/// protocol layer's rate limiter). Each call is one message to one person; the caller guarantees "at most once per (team,
/// week, person, action)" through the delivery records, so an implementation must not de-duplicate on its own, and must
/// pass <c>mark</c> to the transport (the record becomes "sending" when the request goes on the wire). The check-in is
/// prepared by the caller from what it already read. Return <see cref="NotifyOutcome.Unreachable"/> for permanent
/// failures and <see cref="NotifyOutcome.RetryLater"/> for transient ones instead of throwing.
/// </summary>
public interface IRepNotifier
{
    /// <summary>The weekly nudge: the rep's check-in card.</summary>
    Task<NotifyOutcome> SendNudgeAsync(CheckInView checkIn, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>A reminder to a rep who has not submitted yet (their card again, with why it comes); <paramref name="reminderNumber"/> is 1 or 2.</summary>
    Task<NotifyOutcome> SendReminderAsync(CheckInView checkIn, int reminderNumber, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>A personal message to <paramref name="manager"/> naming their reps still missing at the deadline.</summary>
    Task<NotifyOutcome> SendEscalationAsync(
        TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken);
}
