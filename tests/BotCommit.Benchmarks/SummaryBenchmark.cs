using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Azurite;

namespace BotCommit.Benchmarks;

/// <summary>
/// The Monday summary for N reps × D deals (snapshots for W and W-1 on Azurite), against the time to merely read those
/// snapshots from storage, measured side by side in one run. Reports medians, the ratio compute ÷ read, and how both grow
/// with N. Issue target: the summary costs no more than the reads it needs on top of them (extra ÷ read ≤ 1.0).
/// </summary>
internal static class SummaryBenchmark
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly ForecastCategory[] Categories =
        [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost];

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var repCounts = options.Ints("reps", 1_000, 10_000);
        var deals = options.Int("deals", 25);
        var runs = options.Int("runs", 3);
        await using var azurite = await AzuriteServer.StartAsync(cancellationToken);
        var rows = new List<string>();
        var medians = new List<(int Reps, double Read, double Compute, double UseCase)>();
        foreach (var reps in repCounts)
        {
            var storage = new AzureTablesStorage(azurite.ConnectionString, "bench" + Guid.NewGuid().ToString("N")[..8], new TableClientOptions());
            await storage.InitializeAsync(cancellationToken);
            var team = await SeedAsync(storage, reps, deals, cancellationToken);
            var read = new List<double>();
            var memory = new List<double>();
            var useCase = new List<double>();
            var allocated = new List<double>();

            // The peak RSS of the measured part only: seeding is over, so reset the high-water mark (Linux clear_refs 5).
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var peakReset = ResetPeakResidentSet();
            for (var run = 0; run < runs; run++)
            {
                var (readMs, loaded) = await TimeAsync(() => ReadAsync(storage, team, cancellationToken));
                read.Add(readMs);
                memory.Add(Time(() => ComputeInMemory(loaded)));
                var before = GC.GetTotalAllocatedBytes(precise: true);
                useCase.Add((await TimeAsync(() => new ComputeWeeklySummary(storage.Teams, storage.Roster, storage.Submissions)
                    .ComputeAsync(team.Id, Week, cancellationToken))).Milliseconds);
                allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0));
            }

            var peak = peakReset ? ProcessMemory.Of(Environment.ProcessId).PeakMiB.ToString("F0", CultureInfo.InvariantCulture) : "n/a";
            var r = Median(read);
            var m = Median(memory);
            var u = Median(useCase);
            medians.Add((reps, r, m, u));
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {reps:N0} | {deals} | {reps * deals * 2:N0} | {r:F0} | {m:F0} | {u:F0} | {m / r:F3} | {(u - r) / r:F3} | {Median(allocated):F0} | {peak} |"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Summary benchmark, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores, Azurite in memory, medians of {runs} runs"));
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            "| reps | deals/rep | rows read | read ms | compute in memory ms | use case (read + compute) ms | compute ÷ read | (use case − read) ÷ read | allocated per use case MiB | peak RSS while measuring MiB |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            await output.WriteLineAsync(row);
        }

        for (var i = 1; i < medians.Count; i++)
        {
            var (smaller, larger) = (medians[i - 1], medians[i]);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"\nGrowth {smaller.Reps:N0} → {larger.Reps:N0} reps (×{(double)larger.Reps / smaller.Reps:F0}): read ×{larger.Read / smaller.Read:F1}, compute ×{larger.Compute / smaller.Compute:F1}, use case ×{larger.UseCase / smaller.UseCase:F1}"));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set of the benchmark process (seeding included): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
        return 0;
    }

    private sealed record Loaded(TeamSettings Team, IReadOnlyList<Rep> Reps, IReadOnlyList<Submission> Current, IReadOnlyList<Submission> Previous);

    private static async Task<Loaded> ReadAsync(AzureTablesStorage storage, TeamSettings team, CancellationToken cancellationToken)
    {
        var settings = (await storage.Teams.GetAsync(team.Id, cancellationToken))!.Value;
        var reps = await storage.Roster.ListAsync(team.Id, cancellationToken);
        var current = await storage.Submissions.ListWeekAsync(team.Id, Week, cancellationToken);
        var previous = await storage.Submissions.ListWeekAsync(team.Id, Week.Previous, cancellationToken);
        return new Loaded(settings, reps, current, previous);
    }

    private static WeeklySummary ComputeInMemory(Loaded loaded)
    {
        var current = loaded.Current.ToDictionary(s => s.Rep);
        var previous = loaded.Previous.ToDictionary(s => s.Rep);
        var inputs = loaded.Reps.Select(r => new RepWeekInput(r, current.GetValueOrDefault(r.Id), previous.GetValueOrDefault(r.Id))).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(loaded.Team.TimeZoneId);
        return WeeklySummaryCalculator.Compute(new SummaryInput(loaded.Team, Week, loaded.Team.Schedule.Deadline.InstantIn(Week, zone), inputs));
    }

    private static async Task<TeamSettings> SeedAsync(AzureTablesStorage storage, int reps, int deals, CancellationToken cancellationToken)
    {
        var team = new TeamSettings(TeamId.From("19:bench@thread.tacv2"))
        {
            Name = "Benchmark",
            TimeZoneId = "Europe/Berlin",
            MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 50_000_000m, ["2026-12"] = 60_000_000m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 150_000_000m },
        };
        await storage.Teams.SaveAsync(team, null, cancellationToken);
        var random = new Random(reps);
        var work = Enumerable.Range(0, reps).Select(i => (Index: i, Rep: RepId.From("rep-" + i.ToString("D5", CultureInfo.InvariantCulture)))).ToList();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            await storage.Roster.SaveAsync(new Rep(team.Id, item.Rep, "Rep " + item.Index.ToString(CultureInfo.InvariantCulture)), null, ct);
            foreach (var week in new[] { Week.Previous, Week })
            {
                List<DealForecast> lines;
                lock (random)
                {
                    lines = Enumerable.Range(0, deals).Select(d => Deal(random, d, week)).ToList();
                }

                var submission = new Submission(team.Id, week, item.Rep, lines)
                {
                    SubmittedAt = new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero),
                };
                await storage.Submissions.SaveAsync(submission, null, ct);
            }
        });
        return team;
    }

    private static DealForecast Deal(Random random, int index, ForecastWeek week) =>
        new(DealId.From("d" + index.ToString(CultureInfo.InvariantCulture)), "Account " + index.ToString(CultureInfo.InvariantCulture),
            "Deal " + index.ToString(CultureInfo.InvariantCulture), Categories[random.Next(Categories.Length)],
            random.Next(1, 50_000_000) / 100m, week.Monday.AddDays(random.Next(-60, 90)), Stage.All[random.Next(Stage.All.Count)])
        {
            Checklist = random.Next(2) == 0 ? new CommitChecklist(true, true, true, true, true) : CommitChecklist.None,
        };

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Time<T>(Func<T> action) => Measurement.Time(action);

    private static bool ResetPeakResidentSet() => Measurement.ResetPeakResidentSet();

    private static Task<(double Milliseconds, T Result)> TimeAsync<T>(Func<Task<T>> action) => Measurement.TimeAsync(action);

    private static double Median(List<double> values) => Measurement.Median(values);
}
