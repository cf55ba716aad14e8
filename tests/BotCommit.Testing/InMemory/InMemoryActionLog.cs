using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>
/// Thread-safe in-memory <see cref="IActionLog"/>: a create-only save (null version) succeeds for exactly one of
/// several racing callers, as on Azure Tables.
/// </summary>
public sealed class InMemoryActionLog : IActionLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(TeamId Team, ForecastWeek Week, string Subject, ScheduledActionKind Kind), Versioned<ActionRecord>> _items = [];

    public Task<Versioned<ActionRecord>?> GetAsync(
        TeamId team, ForecastWeek week, string subject, ScheduledActionKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault((team, week, subject, kind)));
        }
    }

    public Task<IReadOnlyList<ActionRecord>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ActionRecord>>(_items
                .Where(p => p.Key.Team == team && p.Key.Week == week)
                .Select(p => p.Value.Value)
                .ToList());
        }
    }

    public Task<string> SaveAsync(ActionRecord record, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        StoreRules.CheckInstant(record.UpdatedAt, nameof(record.UpdatedAt));
        if (!Enum.IsDefined(record.State) || record.State == ActionState.Unknown)
        {
            throw new ArgumentException($"'{record.State}' is not an action state.", nameof(record));
        }

        var key = (record.Team, record.Week, record.Subject, record.Kind);
        lock (_gate)
        {
            StoreRules.CheckVersion(
                _items.GetValueOrDefault(key)?.Version,
                expectedVersion,
                $"Action {record.Kind} for '{record.Subject}' in {record.Week} of team '{record.Team}'");
            var version = StoreRules.NextVersion();
            _items[key] = new Versioned<ActionRecord>(record, version);
            return Task.FromResult(version);
        }
    }
}
