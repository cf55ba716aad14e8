using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Every monthly forecast a rep submitted, each write-once with its instant (<see cref="MonthlyForecast.SubmittedAt"/>,
/// required). Nothing is replaced: an edit before the deadline is a newer submission, and which one is the forecast of
/// record (latest on time, else first late, else carried) is decided by <see cref="MonthlyForecastResolver"/> from the
/// instants, so a submission after the review is a revision that never rewrites the record.
/// </summary>
public interface IMonthlyForecastStore
{
    /// <summary>
    /// Keeps <paramref name="forecast"/>. The same (team, month, rep, instant) again keeps the first and returns false (a
    /// redelivered save); true when written.
    /// </summary>
    /// <exception cref="ArgumentException">The forecast has no <see cref="MonthlyForecast.SubmittedAt"/>.</exception>
    Task<bool> AddAsync(MonthlyForecast forecast, CancellationToken cancellationToken);

    /// <summary>Every submission of the team for <paramref name="month"/> (one partition read), by rep id (ordinal) then instant.</summary>
    Task<IReadOnlyList<MonthlyForecast>> ListMonthAsync(TeamId team, YearMonth month, CancellationToken cancellationToken);

    /// <summary>The rep's submissions for <paramref name="month"/>, oldest first.</summary>
    Task<IReadOnlyList<MonthlyForecast>> ListRepAsync(TeamId team, YearMonth month, RepId rep, CancellationToken cancellationToken);

    /// <summary>
    /// The rep's latest submission (revisions included) for the latest month strictly before <paramref name="month"/> that
    /// has one, looking back at most <paramref name="maxMonthsBack"/> months; null when none.
    /// </summary>
    Task<MonthlyForecast?> GetLatestBeforeAsync(TeamId team, RepId rep, YearMonth month, int maxMonthsBack, CancellationToken cancellationToken);
}
