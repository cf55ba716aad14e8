using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Benchmarks.Hosting;
using BotCommit.Benchmarks.Seeding;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Azurite;
using BotCommit.Testing.Teams;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>
/// Issue #9, inbound: requests/s and p50/p99 latency of a card-submission turn through the real host process — channel
/// token validated against a local OpenID/JWKS server, activity parsed, submission validated and stored on Azurite,
/// invoke answered with the receipt card — against <see cref="BareSubmissionEndpoint"/> doing the same storage write
/// with nothing else. Same client, same concurrency, same Azurite; rounds alternate between the two, and the report
/// gives medians and the ratio bot ÷ bare. The invoke payloads are built from the cards the host really sent (a first,
/// anonymous host process nudges the reps; the measured one validates tokens and runs no schedule).
/// </summary>
internal static class InboundBenchmark
{
    private const string Verb = "checkin.submit";
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    // Fake identities for the measured host (no real tenant or secret exists in this benchmark).
    private const string BotAppId = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";
    // The reps' tenant: a SingleTenant bot refuses activities of any other tenant.
    private const string BotTenantId = InvokeActivity.TenantId;

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var reps = options.Int("reps", 200);
        var requests = options.Int("requests", 2_000);
        var concurrency = options.Int("concurrency", 8);
        var rounds = options.Int("rounds", 3);
        var botDll = BotBuild.Find(options);
        var loadBefore = MachineLoad.OneMinute();

        await using var azurite = await AzuriteServer.StartAsync(cancellationToken);
        await using var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, cancellationToken);
        var storage = new AzureTablesStorage(azurite.ConnectionString, "in" + Guid.NewGuid().ToString("N")[..10]);
        await storage.InitializeAsync(cancellationToken);
        await BenchmarkTeam.SeedAsync(storage, reps, connector.ServiceUrl, cancellationToken);
        var cards = await CaptureCardsAsync(botDll, azurite.ConnectionString, storage.TablePrefix, connector, reps, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"captured the check-in cards of {reps} reps from the host"));
        var templates = Enumerable.Range(0, reps)
            .Select(i => InvokeActivity.Template(i, connector.ServiceUrl, BotAppId, Verb, CardInputs.For(cards[BenchmarkTeam.ConversationId(i)], Verb)))
            .ToList();

        using var key = FakeSigningKey.Teams("benchmark-key");
        await using var openId = await FakeOpenIdServer.StartAsync([key], cancellationToken);
        await using var bot = await BotProcess.StartAsync(botDll, JwtEnvironment(azurite.ConnectionString, storage.TablePrefix, openId.MetadataUrl), cancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        var token = ChannelTokenMinter.Mint(key, new ChannelTokenRequest
        {
            Audience = BotAppId,
            ServiceUrl = connector.ServiceUrl.ToString(),
            Now = now,
            Expires = now.AddHours(2),
        });

        var week = ReviewWeek.ForRoster(BenchmarkTeam.Settings, BenchmarkTeam.Reps(reps), now);
        var snapshots = Enumerable.Range(0, reps)
            .Select(i => BareSubmissionEndpoint.SnapshotOf(BenchmarkTeam.Id, week, RepId.From(BenchmarkTeam.AadId(i)), BenchmarkTeam.Deals(i), now))
            .ToList();
        await using var bare = await BareSubmissionEndpoint.StartAsync(storage.Submissions, snapshots, cancellationToken);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var botUri = new Uri(bot.BaseAddress, "api/messages");
        HttpRequestMessage BotRequest(int i) => Request(botUri, templates[i % reps], token);
        HttpRequestMessage BareRequest(int i) =>
            Request(new Uri(bare.Address + "?rep=" + (i % reps).ToString(CultureInfo.InvariantCulture)), templates[i % reps], token);
        // A receipt card: the card type, without the check-in card's error block (a re-rendered card would carry it).
        static bool BotOk(HttpResponseMessage response, string body) =>
            response.StatusCode == HttpStatusCode.OK
            && body.Contains(CardType, StringComparison.Ordinal)
            && !body.Contains("\"checkin-errors\"", StringComparison.Ordinal);
        static bool BareOk(HttpResponseMessage response, string body) => response.StatusCode == HttpStatusCode.OK;

        // Warm-up (JIT, connection pools, metadata fetch), not measured.
        var warmUp = Math.Min(requests, 300);
        var botWarm = await LoadClient.RunAsync(client, BotRequest, BotOk, warmUp, concurrency, cancellationToken);
        if (botWarm.Failures > 0)
        {
            throw new InvalidOperationException($"The host did not accept the submissions: {botWarm.FirstFailure}\n{bot.Output}");
        }

        // Proof that the measured path is the real one: the host stored the snapshots (the bare endpoint has not run
        // yet) and refuses a request without a token.
        var stored = await storage.Submissions.ListWeekAsync(BenchmarkTeam.Id, week, cancellationToken);
        if (stored.Count < Math.Min(reps, warmUp))
        {
            using var probe = await client.SendAsync(BotRequest(0), cancellationToken);
            throw new InvalidOperationException(
                $"The host answered but stored {stored.Count} snapshots for {Math.Min(reps, warmUp)} reps (week {week}). It answers:\n"
                + await probe.Content.ReadAsStringAsync(cancellationToken));
        }

        using (var anonymous = Request(botUri, templates[0], token))
        {
            anonymous.Headers.Authorization = null;
            using var refused = await client.SendAsync(anonymous, cancellationToken);
            if (refused.StatusCode != HttpStatusCode.Unauthorized)
            {
                throw new InvalidOperationException($"The host answered {(int)refused.StatusCode} to a request without a token; expected 401.");
            }
        }

        await LoadClient.RunAsync(client, BareRequest, BareOk, warmUp, concurrency, cancellationToken);

        var botRuns = new List<LoadResult>();
        var bareRuns = new List<LoadResult>();
        var azuriteId = ProcessFinder.Azurite(azurite.TableEndpoint);
        var cost = new CpuCost();
        async Task MeasureBareAsync()
        {
            var before = Snapshot(azuriteId, bot);
            bareRuns.Add(await LoadClient.RunAsync(client, BareRequest, BareOk, requests, concurrency, cancellationToken));
            cost.AddBare(before, Snapshot(azuriteId, bot));
        }

        async Task MeasureBotAsync()
        {
            var before = Snapshot(azuriteId, bot);
            botRuns.Add(await LoadClient.RunAsync(client, BotRequest, BotOk, requests, concurrency, cancellationToken));
            cost.AddBot(before, Snapshot(azuriteId, bot));
        }

        for (var round = 0; round < rounds; round++)
        {
            // Alternate who goes first so that drift in machine load hits both sides alike.
            if (round % 2 == 0)
            {
                await MeasureBareAsync();
                await MeasureBotAsync();
            }
            else
            {
                await MeasureBotAsync();
                await MeasureBareAsync();
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: bare {bareRuns[^1].PerSecond:F0}/s p50 {bareRuns[^1].P50:F1} ms p99 {bareRuns[^1].P99:F1} ms; bot {botRuns[^1].PerSecond:F0}/s p50 {botRuns[^1].P50:F1} ms p99 {botRuns[^1].P99:F1} ms"));
        }

        var memory = bot.Memory;
        var load = MachineLoad.Describe(loadBefore, MachineLoad.OneMinute());
        await WriteReportAsync(output, reps, requests, concurrency, rounds, bareRuns, botRuns, memory, load);
        await output.WriteLineAsync(cost.Describe(requests * rounds));
        return botRuns.Concat(bareRuns).Sum(r => r.Failures) == 0 ? 0 : 1;
    }

    /// <summary>Runs an anonymous host with the schedule on until every rep got their card; returns the cards by conversation.</summary>
    private static async Task<Dictionary<string, JsonObject>> CaptureCardsAsync(
        string botDll, string tables, string prefix, FakeTeamsConnector connector, int reps, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["BotCommit__AllowAnonymous"] = "true",
            ["ConnectionStrings__Tables"] = tables,
            ["Storage__TablePrefix"] = prefix,
            ["Hangfire__SchedulePollingInterval"] = "00:00:01",
            ["Scheduler__TickCron"] = "*/2 * * * * *",
            ["Scheduler__MaxConcurrency"] = "16",
            ["BotCommit__Connector__GlobalPermitsPerSecond"] = "50",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var nudger = await BotProcess.StartAsync(botDll, environment, cancellationToken);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var cards = connector.Requests
                .Where(r => r.Method == "POST" && r.Body.Contains(CardType, StringComparison.Ordinal))
                .GroupBy(r => Uri.UnescapeDataString(r.Path.Split('/')[^2]), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => JsonNode.Parse(g.Last().Body)!["attachments"]![0]!["content"]!.AsObject(), StringComparer.Ordinal);
            if (cards.Count >= reps)
            {
                return cards;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60 + (reps / 10)))
            {
                throw new TimeoutException($"Only {cards.Count} of {reps} cards arrived:\n{nudger.Output}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static Dictionary<string, string> JwtEnvironment(string tables, string prefix, Uri metadataUrl) => new()
    {
        // Development only so that the fake OpenID metadata may be served over http on loopback; tokens are required.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["BotCommit__AllowAnonymous"] = "false",
        ["MicrosoftAppId"] = BotAppId,
        ["MicrosoftAppPassword"] = "not-used-by-inbound-turns",
        ["MicrosoftAppTenantId"] = BotTenantId,
        ["BotCommit__OpenIdMetadataUrl"] = metadataUrl.ToString(),
        ["ConnectionStrings__Tables"] = tables,
        ["Storage__TablePrefix"] = prefix,
        ["Scheduler__RecurringTick"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static CpuSnapshot Snapshot(int? azuriteId, BotProcess bot) => new(
        azuriteId is { } id ? ProcessCpu.Of(id) ?? TimeSpan.Zero : TimeSpan.Zero,
        bot.Cpu,
        System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);

    private static HttpRequestMessage Request(Uri uri, string template, string token)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(template.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    private static async Task WriteReportAsync(
        TextWriter output, int reps, int requests, int concurrency, int rounds, List<LoadResult> bare, List<LoadResult> bot, ProcessMemory memory, string load)
    {
        var c = CultureInfo.InvariantCulture;
        double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }

        var bareRate = Median(bare.Select(r => r.PerSecond));
        var botRate = Median(bot.Select(r => r.PerSecond));
        var bareP50 = Median(bare.Select(r => r.P50));
        var botP50 = Median(bot.Select(r => r.P50));
        var bareP99 = Median(bare.Select(r => r.P99));
        var botP99 = Median(bot.Select(r => r.P99));
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(c,
            $"Inbound: {requests:N0} card submissions per side per round, {concurrency} concurrent, {rounds} rounds (medians), {reps} reps; {load}"));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| inbound | bare endpoint (same storage write) | bot (JWT + parse + validate + store + card) | bot ÷ bare |");
        await output.WriteLineAsync("|---|---:|---:|---:|");
        await output.WriteLineAsync(string.Create(c, $"| requests/s | {bareRate:F0} | {botRate:F0} | {botRate / bareRate:F2} |"));
        await output.WriteLineAsync(string.Create(c, $"| p50 latency | {bareP50:F1} ms | {botP50:F1} ms | {botP50 / bareP50:F2} |"));
        await output.WriteLineAsync(string.Create(c, $"| p99 latency | {bareP99:F1} ms | {botP99:F1} ms | {botP99 / bareP99:F2} |"));
        await output.WriteLineAsync(string.Create(c, $"| failed answers | {bare.Sum(r => r.Failures)} | {bot.Sum(r => r.Failures)} | |"));
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(c, $"Host process peak RSS (VmHWM) during the inbound run: {memory.PeakMiB:F0} MiB"));
    }
}
