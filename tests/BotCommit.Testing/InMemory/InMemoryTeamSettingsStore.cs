using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="ITeamSettingsStore"/> with the same version semantics as Azure Tables.</summary>
public sealed class InMemoryTeamSettingsStore : ITeamSettingsStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TeamId, Versioned<TeamSettings>> _items = [];

    public Task<Versioned<TeamSettings>?> GetAsync(TeamId team, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault(team));
        }
    }

    public Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TeamSettings>>(_items.Values.Select(v => v.Value).ToList());
        }
    }

    public Task<string> SaveAsync(TeamSettings settings, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        var copy = Snapshot(settings);
        lock (_gate)
        {
            StoreRules.CheckVersion(_items.GetValueOrDefault(settings.Id)?.Version, expectedVersion, $"Team '{settings.Id}'");
            var version = StoreRules.NextVersion();
            _items[settings.Id] = new Versioned<TeamSettings>(copy, version);
            return Task.FromResult(version);
        }
    }

    /// <summary>Copies the collections so later changes by the caller do not leak into the store.</summary>
    private static TeamSettings Snapshot(TeamSettings settings) => settings with
    {
        Schedule = settings.Schedule with { Reminders = settings.Schedule.Reminders.ToArray() },
        MonthTargets = new Dictionary<string, decimal>(settings.MonthTargets),
        QuarterTargets = new Dictionary<string, decimal>(settings.QuarterTargets),
        SkippedWeeks = new Dictionary<ForecastWeek, string>(settings.SkippedWeeks),
        Admins = settings.Admins.ToArray(),
    };
}
