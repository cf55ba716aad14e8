using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Runs work that waits on the host's fake clock (rate-limit refills, Retry-After and backoff delays) to the end: while
/// it is pending, the clock moves on in small steps, with a short real pause between steps so the real I/O (HTTP to the
/// fake connector, Azurite) can progress. The clock only moves forward, so "nothing before Retry-After elapsed" holds
/// however fast the steps come. Bounded in fake time and in wall time.
/// </summary>
internal static class ClockPump
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RealPause = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan WallLimit = TimeSpan.FromSeconds(60);

    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> start, TimeSpan fakeLimit)
    {
        var work = start();
        var advanced = TimeSpan.Zero;
        var wall = Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            if (advanced >= fakeLimit || wall.Elapsed >= WallLimit)
            {
                throw new TimeoutException(
                    $"The work did not finish within {fakeLimit} of fake time and {WallLimit.TotalSeconds:0} s of wall time ({advanced} advanced).");
            }

            await Task.WhenAny(work, Task.Delay(RealPause));
            if (!work.IsCompleted)
            {
                clock.Advance(Step);
                advanced += Step;
            }
        }

        return await work;
    }
}
