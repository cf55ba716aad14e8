using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.Scheduling;

/// <summary>Measures how many notifier calls overlap: each call holds a slot until the next scheduler yield.</summary>
public sealed class ConcurrencyGauge
{
    private int _current;
    private int _max;

    public ConcurrencyGauge(RecordingNotifier notifier)
    {
        notifier.YieldBeforeSending = true;
        notifier.Entering += () =>
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }
        };
        notifier.Called += _ => Interlocked.Decrement(ref _current);
    }

    public int Max => Volatile.Read(ref _max);
}
