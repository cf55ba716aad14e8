namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// One schedule tick at a time in this process. A tick that fans out to thousands of reps drains for minutes, longer
/// than the tick interval; a second tick started meanwhile would plan the same actions again and lose every claim
/// (a conflicting write and a read per action, which on a busy table store costs as much as the sends). Instances
/// still tick in parallel with each other: there the claims decide who sends.
/// </summary>
internal sealed class TickGate : IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>True when the caller may run a tick now; it must then call <see cref="Exit"/>.</summary>
    public bool TryEnter() => _running.Wait(0);

    public void Exit() => _running.Release();

    public void Dispose() => _running.Dispose();
}
