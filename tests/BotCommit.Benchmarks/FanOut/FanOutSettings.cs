using BotCommit.Benchmarks.Hosting;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>The fan-out's knobs (command-line options) and the floor they imply.</summary>
internal sealed record FanOutSettings(
    int Reps, int Rate, int Concurrency, int LeaseSeconds, double ThrottledShare, double? KillAt, string BotDll)
{
    /// <summary>The fastest possible fan-out: every rep's card at the host's configured app-wide rate.</summary>
    public TimeSpan Floor => TimeSpan.FromSeconds((double)Reps / Rate);

    public static FanOutSettings From(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new FanOutSettings(
            options.Int("reps", 10_000),
            options.Int("rate", 20),
            options.Int("concurrency", 16),
            options.Int("lease", 60),
            options.Double("throttled") ?? 0.10,
            options.Double("kill-at"),
            BotBuild.Find(options));
        if (settings.Reps < 1 || settings.Rate is < 1 or > 50 || settings.KillAt is <= 0 or >= 1 || settings.ThrottledShare is < 0 or >= 1)
        {
            throw new ArgumentException("Need --reps ≥ 1, --rate 1..50 (Teams allows 50/s), --kill-at in (0, 1), --throttled in [0, 1).");
        }

        return settings;
    }
}
