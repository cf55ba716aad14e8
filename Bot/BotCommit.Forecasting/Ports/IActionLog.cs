using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>Idempotency records of scheduled actions, so a retried or duplicated tick never sends twice.</summary>
public interface IActionLog
{
    Task<Versioned<ActionRecord>?> GetAsync(TeamId team, ForecastWeek week, string subject, ScheduledActionKind kind, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActionRecord>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken);

    /// <summary>
    /// Null <paramref name="expectedVersion"/> = create only: of two instances racing to claim, exactly one wins
    /// and the other gets <see cref="ConcurrencyConflictException"/>. Returns the new version.
    /// </summary>
    Task<string> SaveAsync(ActionRecord record, string? expectedVersion, CancellationToken cancellationToken);
}
