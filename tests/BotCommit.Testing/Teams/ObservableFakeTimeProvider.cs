using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Testing.Teams;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports one-shot timers (delays: Polly backoff, <c>Task.Delay</c>) as they are
/// created, so a test can wait until the code under test is really waiting before it advances the clock.
/// </summary>
public sealed class ObservableFakeTimeProvider : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _delays = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public ObservableFakeTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Due times of the one-shot timers created so far.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_lock)
            {
                return _delays.ToList();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (period == Timeout.InfiniteTimeSpan && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock)
            {
                _delays.Add(dueTime);
                foreach (var waiter in _waiters.Where(waiter => _delays.Count >= waiter.Count).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Signal.TrySetResult();
                }
            }
        }

        return timer;
    }

    /// <summary>Completes once at least <paramref name="count"/> one-shot timers were created.</summary>
    public Task WaitForDelaysAsync(int count, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_delays.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }
}
