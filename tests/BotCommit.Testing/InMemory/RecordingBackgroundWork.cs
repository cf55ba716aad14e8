using System.Collections.Concurrent;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.InMemory;

/// <summary>An <see cref="IBackgroundWork"/> that only remembers what it was asked to do. Thread-safe.</summary>
public sealed class RecordingBackgroundWork : IBackgroundWork
{
    private readonly ConcurrentQueue<(TeamId Team, ForecastWeek Week)> _lateChanges = new();

    public IReadOnlyList<(TeamId Team, ForecastWeek Week)> LateChanges => [.. _lateChanges];

    public void PostLateChanges(TeamId team, ForecastWeek week) => _lateChanges.Enqueue((team, week));
}
