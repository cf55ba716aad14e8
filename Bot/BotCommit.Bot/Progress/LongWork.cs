using System.Collections.Concurrent;

namespace BotCommit.Bot.Progress;

/// <summary>
/// Work an admin's turn starts and does not wait for (a whole team's <c>nudge now</c>): it runs on the thread pool with
/// the host's stopping token, its failures are logged, and the host waits for it at shutdown (within the host's stop
/// timeout). What such work sends goes through the once-only delivery records, so a stop halfway leaves claims that a
/// later <c>nudge now</c> or tick takes over after the lease; nothing is sent twice.
/// </summary>
internal sealed class LongWork(IHostApplicationLifetime lifetime, ILogger<LongWork> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, string> _running = new();

    /// <summary>Starts <paramref name="work"/> in the background; <paramref name="name"/> is for the logs.</summary>
    public void Start(string name, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var stopping = lifetime.ApplicationStopping;
        var task = Task.Run(async () =>
        {
            try
            {
                await work(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                ProgressLog.LongWorkStopped(logger, name);
            }
#pragma warning disable CA1031 // Background work has nobody to throw to: the failure is logged (its card says so).
            catch (Exception exception)
#pragma warning restore CA1031
            {
                ProgressLog.LongWorkFailed(logger, exception, name);
            }
        }, CancellationToken.None);
        _running[task] = name;
        _ = task.ContinueWith(done => _running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when nothing started here is still running (tests wait on it).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Keys);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's stop timeout passed: what was not finished stays claimed and is taken over later.
        }
    }
}
