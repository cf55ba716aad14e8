using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>
/// Thread-safe in-memory <see cref="ISubmissionStore"/> with the same semantics as Azure Tables: a save replaces
/// the whole (team, week, rep) snapshot atomically, null version = create only, stale version refused.
/// </summary>
public sealed class InMemorySubmissionStore : ISubmissionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(TeamId Team, ForecastWeek Week, RepId Rep), Versioned<Submission>> _items = [];
    private readonly Dictionary<(TeamId Team, ForecastWeek Week, RepId Rep, DateTimeOffset At), Submission> _revisions = [];

    public Task<Versioned<Submission>?> GetAsync(TeamId team, ForecastWeek week, RepId rep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault((team, week, rep)));
        }
    }

    public Task<IReadOnlyList<Submission>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Submission>>(_items
                .Where(p => p.Key.Team == team && p.Key.Week == week)
                .Select(p => p.Value.Value)
                .ToList());
        }
    }

    public Task<Submission?> GetLatestBeforeAsync(TeamId team, RepId rep, ForecastWeek week, int maxWeeksBack, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxWeeksBack);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var candidate = week;
            for (var i = 0; i < maxWeeksBack; i++)
            {
                candidate = candidate.Previous;
                if (_items.TryGetValue((team, candidate, rep), out var found))
                {
                    return Task.FromResult<Submission?>(found.Value);
                }
            }

            return Task.FromResult<Submission?>(null);
        }
    }

    public Task<string> SaveAsync(Submission submission, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        cancellationToken.ThrowIfCancellationRequested();
        StoreRules.CheckInstant(submission.SubmittedAt, nameof(submission.SubmittedAt));
        StoreRules.CheckDeals(submission.Deals, nameof(submission.Deals));
        var copy = submission with { Deals = Array.AsReadOnly(submission.Deals.ToArray()) };
        var key = (submission.Team, submission.Week, submission.Rep);
        lock (_gate)
        {
            var what = $"The submission of rep '{submission.Rep}' for {submission.Week} of team '{submission.Team}'";
            var current = _items.GetValueOrDefault(key);
            StoreRules.CheckVersion(current?.Version, expectedVersion, what);
            if (current is not null && !current.Value.MayBeReplacedBy(submission))
            {
                throw new SnapshotOfRecordException($"{what} is the week's snapshot of record (sealed after {current.Value.SealedAfter:O}).");
            }

            var version = StoreRules.NextVersion();
            _items[key] = new Versioned<Submission>(copy, version);
            return Task.FromResult(version);
        }
    }

    public Task AddRevisionAsync(Submission revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        cancellationToken.ThrowIfCancellationRequested();
        var at = revision.SubmittedAt ?? throw new ArgumentException("A revision needs its instant.", nameof(revision));
        StoreRules.CheckInstant(at, nameof(revision.SubmittedAt));
        StoreRules.CheckDeals(revision.Deals, nameof(revision.Deals));
        var copy = revision with { Deals = Array.AsReadOnly(revision.Deals.ToArray()) };
        lock (_gate)
        {
            if (!_revisions.TryAdd((revision.Team, revision.Week, revision.Rep, at), copy))
            {
                throw new ConcurrencyConflictException($"A revision of rep '{revision.Rep}' for {revision.Week} at {at:O} exists already.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Submission>> ListRevisionsAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Submission>>(_revisions
                .Where(p => p.Key.Team == team && p.Key.Week == week)
                .OrderBy(p => p.Key.Rep.Value, StringComparer.Ordinal)
                .ThenBy(p => p.Key.At)
                .Select(p => p.Value)
                .ToList());
        }
    }
}
