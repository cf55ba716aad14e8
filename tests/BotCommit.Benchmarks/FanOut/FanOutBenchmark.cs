using System.Diagnostics;
using System.Globalization;
using BotCommit.Benchmarks.Hosting;
using BotCommit.Benchmarks.Seeding;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Azurite;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>
/// The schedule issue's acceptance benchmark: the real host process nudges N reps (tables on Azurite, Hangfire in
/// memory, tick every 2 s) through <see cref="RateLimitedConnector"/>, which enforces the Teams limits and throttles a
/// share of the calls on top. Floor = N ÷ the host's configured app-wide rate; reported: wall time from the first to the
/// last card and its ratio to the floor (target ≤ 1.15), requests and 429s, duplicates and losses (both must be 0), reps
/// whose delivery is unknown after a crash (recorded as such, not re-sent), and peak RSS. With <c>--kill-at F</c> the
/// host is SIGKILLed once F of the cards have arrived and a fresh process continues (the restart is inside the wall time).
/// </summary>
internal static class FanOutBenchmark
{
    private const double TargetRatio = 1.15;
    private const double TeamsGlobalPerSecond = 50;
    private const double TeamsConversationPerSecond = 7;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    // After the last action is recorded, a few more ticks run so that a late duplicate would still be seen.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(8);

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = FanOutSettings.From(options);
        var loadBefore = MachineLoad.OneMinute();
        await using var azurite = await AzuriteServer.StartAsync(cancellationToken);
        await using var connector = await RateLimitedConnector.StartAsync(
            TimeProvider.System, TeamsGlobalPerSecond, TeamsConversationPerSecond, settings.ThrottledShare, seed: 42, cancellationToken);
        var storage = new AzureTablesStorage(azurite.ConnectionString, "fo" + Guid.NewGuid().ToString("N")[..10]);
        await storage.InitializeAsync(cancellationToken);
        var seeding = Stopwatch.StartNew();
        await BenchmarkTeam.SeedAsync(storage, settings.Reps, connector.ServiceUrl, cancellationToken);
        seeding.Stop();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seeded {settings.Reps:N0} reps in {seeding.Elapsed.TotalSeconds:F1} s; starting the host ({settings.BotDll})"));

        var environment = HostEnvironment(settings, azurite.ConnectionString, storage.TablePrefix);
        var run = new FanOutRun(settings);
        var azuriteId = ProcessFinder.Azurite(azurite.TableEndpoint);
        var azuriteCpuBefore = azuriteId is { } id ? ProcessCpu.Of(id) : null;
        var elapsed = Stopwatch.StartNew();
        var bot = await BotProcess.StartAsync(settings.BotDll, environment, cancellationToken);
        try
        {
            bot = await DriveAsync(settings, connector, storage, bot, environment, run, output, cancellationToken);
        }
        finally
        {
            run.BotMemory.Add(bot.Memory);
            run.BotCpu += bot.Cpu;
            run.BotOutputTail = bot.Output;
            await bot.DisposeAsync();
        }

        run.Elapsed = elapsed.Elapsed;
        if (azuriteId is { } azuriteProcess)
        {
            run.AzuriteMemory = ProcessMemory.Of(azuriteProcess);
            run.AzuriteCpu = ProcessCpu.Of(azuriteProcess) - azuriteCpuBefore;
        }

        run.Load = MachineLoad.Describe(loadBefore, MachineLoad.OneMinute());
        var result = await FanOutResult.CollectAsync(settings, connector, storage, run, cancellationToken);
        await FanOutReport.WriteAsync(output, settings, run, result, TargetRatio);
        return result.Passed(TargetRatio) ? 0 : 1;
    }

    private static async Task<BotProcess> DriveAsync(
        FanOutSettings settings,
        RateLimitedConnector connector,
        AzureTablesStorage storage,
        BotProcess bot,
        IReadOnlyDictionary<string, string> environment,
        FanOutRun run,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var week = ReviewWeek.ForRoster(BenchmarkTeam.Settings, BenchmarkTeam.Reps(settings.Reps), TimeProvider.System.GetUtcNow());
        run.Week = week;
        var started = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds((settings.Floor.TotalSeconds * 3) + 180);
        var lastCheck = TimeSpan.Zero;
        var lastProgress = TimeSpan.Zero;
        var lastDelivered = 0;
        var lastDeliveryAt = TimeSpan.Zero;
        while (true)
        {
            await Task.Delay(Poll, cancellationToken);
            var delivered = connector.CardsDelivered;
            if (settings.KillAt is { } fraction && run.KilledAtCards is null && delivered >= settings.Reps * fraction)
            {
                run.KilledAtCards = delivered;
                bot.Kill();
                run.BotMemory.Add(bot.Memory);
                run.BotCpu += bot.Cpu;
                await bot.DisposeAsync();
                var restart = Stopwatch.StartNew();
                bot = await BotProcess.StartAsync(settings.BotDll, environment, cancellationToken);
                run.RestartToHealthy = restart.Elapsed;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"killed the host at {delivered:N0} cards; a fresh one answered /healthz after {restart.Elapsed.TotalSeconds:F1} s"));
            }

            if (bot.HasExited)
            {
                throw new InvalidOperationException("The host exited on its own:\n" + bot.Output);
            }

            if (started.Elapsed - lastProgress >= TimeSpan.FromSeconds(30))
            {
                lastProgress = started.Elapsed;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {started.Elapsed.TotalSeconds:F0} s: {delivered:N0} cards, {connector.Counts.Requests:N0} requests"));
            }

            // Done when every rep's nudge is recorded as completed or failed (a crash may leave some failed, "delivery
            // unknown"). Reading every record costs Azurite a scan, so only near the end or when no card came for 10 s.
            if (delivered != lastDelivered)
            {
                (lastDelivered, lastDeliveryAt) = (delivered, started.Elapsed);
            }

            var nearEnd = delivered >= settings.Reps * 0.95 || started.Elapsed - lastDeliveryAt >= TimeSpan.FromSeconds(10);
            if (nearEnd && started.Elapsed - lastCheck >= TimeSpan.FromSeconds(2))
            {
                lastCheck = started.Elapsed;
                var records = await ListOrEmptyAsync(storage, week, cancellationToken);
                if (records.Count(r => r.Kind == ScheduledActionKind.Nudge && r.State is ActionState.Completed or ActionState.Failed) >= settings.Reps)
                {
                    await Task.Delay(Settle, cancellationToken);
                    return bot;
                }
            }

            if (started.Elapsed > deadline)
            {
                run.TimedOut = true;
                return bot;
            }
        }
    }

    // A scan that times out on a loaded machine is only a progress check missed: the next one comes 2 s later.
    private static async Task<IReadOnlyList<ActionRecord>> ListOrEmptyAsync(AzureTablesStorage storage, ForecastWeek week, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.Actions.ListWeekAsync(BenchmarkTeam.Id, week, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return [];
        }
    }

    private static Dictionary<string, string> HostEnvironment(FanOutSettings settings, string tables, string prefix) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["BotCommit__AllowAnonymous"] = "true",
        ["ConnectionStrings__Tables"] = tables,
        ["Storage__TablePrefix"] = prefix,
        ["Hangfire__Storage"] = "InMemory",
        ["Hangfire__SchedulePollingInterval"] = "00:00:01",
        ["Scheduler__TickCron"] = "*/2 * * * * *",
        ["Scheduler__MaxConcurrency"] = settings.Concurrency.ToString(CultureInfo.InvariantCulture),
        ["Scheduler__ClaimLease"] = TimeSpan.FromSeconds(settings.LeaseSeconds).ToString("c", CultureInfo.InvariantCulture),
        ["BotCommit__Connector__GlobalPermitsPerSecond"] = settings.Rate.ToString(CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
