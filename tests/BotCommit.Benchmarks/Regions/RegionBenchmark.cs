using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Summary;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Azurite;
using BotCommit.Testing.Processes;

namespace BotCommit.Benchmarks.Regions;

/// <summary>
/// The roll-up and the top region's summary for T teams × R reps (issue #17): an org of regions of teams on Azurite, each
/// rep with W-1 and W snapshots, the team managers' calls (one in seven makes none) and last week's call records. It
/// times the regions' read pass and computation (<see cref="RegionWeekReader"/>, then <see cref="RegionWeek.RollUp"/> and
/// <see cref="RegionWeek.Summary"/>) against the bare storage reads that pass makes, issued in the same order in the
/// same run (<see cref="RegionReads"/>), and reports the ratio, the computation alone, the allocations and the peak RSS.
/// </summary>
internal static class RegionBenchmark
{
    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var teams = options.Int("teams", 100);
        var reps = options.Int("reps", 50);
        var deals = options.Int("deals", 10);
        var perRegion = options.Int("teams-per-region", 10);
        var runs = options.Int("runs", 3);
        await using var azurite = await AzuriteServer.StartAsync(cancellationToken);
        var storage = new AzureTablesStorage(azurite.ConnectionString, "bench" + Guid.NewGuid().ToString("N")[..8], new TableClientOptions());
        await storage.InitializeAsync(cancellationToken);
        var seeding = Stopwatch.StartNew();
        var org = await RegionOrg.SeedAsync(storage, teams, perRegion, reps, deals, cancellationToken);
        seeding.Stop();

        var reader = new RegionWeekReader(storage.Teams, storage.Roster, storage.Submissions, storage.Calls);
        var read = new List<double>();
        var useCase = new List<double>();
        var compute = new List<double>();
        var allocated = new List<double>();
        var rowsRead = 0;
        RegionSummary? summary = null;

        // One unmeasured pass of each first: JIT and Azurite's first queries are not what is measured.
        await RegionReads.ReadAsync(storage, RegionOrg.Top, RegionOrg.Week, cancellationToken);
        (await reader.ReadAsync((await storage.OrgTree.GetAsync(cancellationToken))!.Value, RegionOrg.Top, RegionOrg.Week, RegionOrg.AsOf, cancellationToken)).Summary();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peakReset = Measurement.ResetPeakResidentSet();
        for (var run = 0; run < runs; run++)
        {
            var (readMs, rows) = await Measurement.TimeAsync(() => RegionReads.ReadAsync(storage, RegionOrg.Top, RegionOrg.Week, cancellationToken));
            rowsRead = rows;
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (useCaseMs, week) = await Measurement.TimeAsync(async () =>
            {
                var tree = (await storage.OrgTree.GetAsync(cancellationToken))!.Value;
                var loaded = await reader.ReadAsync(tree, RegionOrg.Top, RegionOrg.Week, RegionOrg.AsOf, cancellationToken);
                _ = loaded.RollUp();
                summary = loaded.Summary();
                return loaded;
            });
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0));
            read.Add(readMs);
            useCase.Add(useCaseMs);
            compute.Add(Measurement.Time(() => week.Summary()));
        }

        var peak = peakReset ? ProcessMemory.Of(Environment.ProcessId).PeakMiB.ToString("F0", CultureInfo.InvariantCulture) : "n/a";
        var r = Measurement.Median(read);
        var u = Measurement.Median(useCase);
        var c = Measurement.Median(compute);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Region benchmark, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores, Azurite in memory, medians of {runs} runs; seeded in {seeding.Elapsed.TotalSeconds:F0} s"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Org: {org.Regions} regions × {perRegion} teams = {org.Teams} teams × {reps} reps = {org.Teams * reps:N0} reps, {deals} deals each in W-1 and W; {org.Calls} team calls, {org.Teams - org.Calls} without; top summary: {summary!.Children.Count} children, {summary.Region.RepsExpected:N0} reps expected"));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| teams × reps | storage queries (records read) | bare reads ms | read pass + roll-up + summary ms | ÷ bare reads | summary compute alone ms | allocated per run MiB | peak RSS while measuring MiB |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"| {org.Teams} × {reps} | {RegionReads.Queries(org.Teams, org.Nodes):N0} ({rowsRead:N0}) | {r:F0} | {u:F0} | {u / r:F3} | {c:F0} | {Measurement.Median(allocated):F0} | {peak} |"));
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set of the benchmark process (seeding included): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
        return 0;
    }
}
