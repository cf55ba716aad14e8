using System.Globalization;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>Prints one fan-out run as a Markdown table (pasted into BENCHMARKS.md).</summary>
internal static class FanOutReport
{
    public static async Task WriteAsync(TextWriter output, FanOutSettings settings, FanOutRun run, FanOutResult result, double targetRatio)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var variant = settings.KillAt is { } k ? string.Create(c, $"SIGKILL at {k:P0} of the cards, fresh process continues") : "one process, no crash";
        var rows = new List<(string, string)>
        {
            ("variant", variant),
            ("reps", settings.Reps.ToString("N0", c)),
            ("host settings", string.Create(c, $"GlobalPermitsPerSecond {settings.Rate}, MaxConcurrency {settings.Concurrency}, ClaimLease {settings.LeaseSeconds} s, tick every 2 s")),
            ("fake Teams", string.Create(c, $"50 req/s app-wide, 7 req/s per conversation (429 + Retry-After when exceeded), plus {settings.ThrottledShare:P0} of calls 429 + Retry-After: 1")),
            ("floor (reps ÷ configured rate)", string.Create(c, $"{settings.Floor.TotalSeconds:F1} s")),
            ("wall time, first to last card", string.Create(c, $"{result.Wall.TotalSeconds:F1} s")),
            ("**ratio to floor** (target ≤ " + targetRatio.ToString("F2", c) + ")",
                string.Create(c, $"**{result.Ratio:F3}** — {(result.Ratio <= targetRatio ? "pass" : "FAIL")}")),
            ("requests to Teams", result.Connector.Requests.ToString("N0", c)),
            ("429s: random share / over app limit / over conversation limit", string.Create(c, $"{result.Connector.RandomThrottled:N0} / {result.Connector.OverGlobalLimit:N0} / {result.Connector.OverConversationLimit:N0}")),
            ("reps with exactly one card", result.RepsWithOneCard.ToString("N0", c)),
            ("duplicates (> 1 card)", Judge(result.Duplicates)),
            ("reps with no card, any reason (target 0)", Judge(result.Missed)),
            ("delivery unknown (Failed, admin can nudge now): card arrived / did not", string.Create(c, $"{result.UnknownDelivered:N0} / {result.UnknownNotDelivered:N0}")),
            ("other failures / unfinished records", string.Create(c, $"{result.FailedOther:N0} / {result.Unfinished:N0}")),
        };
        if (run.KilledAtCards is { } killed)
        {
            rows.Add(("killed at / restart to /healthz", string.Create(c, $"{killed:N0} cards / {run.RestartToHealthy?.TotalSeconds:F1} s")));
        }

        for (var i = 0; i < run.BotMemory.Count; i++)
        {
            rows.Add((string.Create(c, $"host process {i + 1} peak RSS (VmHWM)"), string.Create(c, $"{run.BotMemory[i].PeakMiB:F0} MiB")));
        }

        rows.Add(("CPU used while the host ran", string.Create(c,
            $"host {run.BotCpu.TotalSeconds:F0} s, Azurite {run.AzuriteCpu?.TotalSeconds.ToString("F0", c) ?? "n/a"} s (single-threaded: busy {(run.AzuriteCpu is { } a ? (a / run.Elapsed).ToString("P0", c) : "n/a")} of {run.Elapsed.TotalSeconds:F0} s)")));
        rows.Add(("Azurite peak / current RSS (separate process)", string.Create(c, $"{run.AzuriteMemory.PeakMiB:F0} / {run.AzuriteMemory.ResidentMiB:F0} MiB")));
        rows.Add(("machine", run.Load));
        if (result.TimedOut)
        {
            rows.Add(("TIMED OUT", "the run did not finish within 3 × floor + 180 s"));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("| fan-out | value |");
        await output.WriteLineAsync("|---|---|");
        foreach (var (name, value) in rows)
        {
            await output.WriteLineAsync($"| {name} | {value} |");
        }

        if (result.MissedSamples.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Reps without a card (first " + result.MissedSamples.Count.ToString(CultureInfo.InvariantCulture) + "):");
            foreach (var sample in result.MissedSamples)
            {
                await output.WriteLineAsync("  " + sample);
            }
        }

        if (!result.Passed(targetRatio))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Last host output:");
            await output.WriteLineAsync(run.BotOutputTail);
        }
    }

    private static string Judge(int count) => count == 0 ? "0 — pass" : count.ToString("N0", CultureInfo.InvariantCulture) + " — FAIL";
}
