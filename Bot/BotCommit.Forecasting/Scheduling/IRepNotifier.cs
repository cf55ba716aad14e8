using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Sends the scheduled personal messages (the bot host implements it with cards and proactive Teams messages,
/// through the protocol layer's rate limiter). Each call is one message to one person; the caller guarantees
/// "at most once per (team, week, person, action)" through the action log, so an implementation must not
/// de-duplicate on its own. Return <see cref="NotifyOutcome.Unreachable"/> for permanent failures and
/// <see cref="NotifyOutcome.RetryLater"/> for transient ones instead of throwing.
/// </summary>
public interface IRepNotifier
{
    /// <summary>The weekly nudge: the check-in card for <paramref name="week"/>.</summary>
    Task<NotifyOutcome> SendNudgeAsync(TeamSettings team, Rep rep, ForecastWeek week, CancellationToken cancellationToken);

    /// <summary>A reminder to a rep who has not submitted yet; <paramref name="reminderNumber"/> is 1 or 2.</summary>
    Task<NotifyOutcome> SendReminderAsync(TeamSettings team, Rep rep, ForecastWeek week, int reminderNumber, CancellationToken cancellationToken);

    /// <summary>A personal message to <paramref name="manager"/> naming their reps still missing at the deadline.</summary>
    Task<NotifyOutcome> SendEscalationAsync(TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, CancellationToken cancellationToken);
}
