using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Weekly snapshots, one per (team, week, rep) — the snapshot of record once sealed — and the revisions recorded after it.
/// </summary>
public interface ISubmissionStore
{
    Task<Versioned<Submission>?> GetAsync(TeamId team, ForecastWeek week, RepId rep, CancellationToken cancellationToken);

    /// <summary>Every rep's snapshot for the week (one partition read).</summary>
    Task<IReadOnlyList<Submission>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken);

    /// <summary>The rep's latest snapshot strictly before <paramref name="week"/>, looking back at most <paramref name="maxWeeksBack"/> weeks.</summary>
    Task<Submission?> GetLatestBeforeAsync(TeamId team, RepId rep, ForecastWeek week, int maxWeeksBack, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the snapshot all-or-nothing, replacing the previous lines of that (team, week, rep) so removed
    /// deals disappear. Null <paramref name="expectedVersion"/> = create only. Returns the new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The version does not match, or the item exists on create.</exception>
    /// <exception cref="SnapshotOfRecordException">The stored snapshot is sealed (<see cref="Submission.MayBeReplacedBy"/>).</exception>
    Task<string> SaveAsync(Submission submission, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps a revision: a rep's submission (or skip) for the week recorded after its snapshot of record, with its
    /// instant (<see cref="Submission.SubmittedAt"/>, required). Write-once, one per (team, week, rep, instant); the
    /// snapshot of record is not touched.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A revision with the same instant exists (a redelivered save).</exception>
    Task AddRevisionAsync(Submission revision, CancellationToken cancellationToken);

    /// <summary>Every revision of the week, ordered by rep id (ordinal) then instant.</summary>
    Task<IReadOnlyList<Submission>> ListRevisionsAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken);
}
