using BotCommit.Testing.Hostile;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Hostile;

/// <summary>
/// One real host (Development, anonymous, real Azurite tables, fake Teams connector, Sunday evening of 2026-W49) shared by
/// every hostile case of a test class. Each case that sends as a rep gets a fresh rep on the team's roster with two deals
/// (d1 Commit 100,000, d2 Upside 50,000), so a case's stored submission is its own. A second rep, the victim, owns deal v1
/// and must never get a submission: forged sender ids in card data point at the victim. The host's clock is fake and moves
/// one second per case, so the outbound throttle, which refills on that clock, never runs dry.
/// </summary>
public sealed class HostileHost : IAsyncLifetime, IAsyncDisposable
{
    public const string VictimAadId = "99999999-0000-4000-8000-00000000v1c7";
    public const decimal CommitAmount = 100_000m;
    public const decimal UpsideAmount = 50_000m;

    private const string RawMembersMarker = "__rawMembers__";

    /// <summary>A case that takes longer has hung (each takes well under a second).</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    // Teams sends UTF-8 as is; escaping every '<' or non-ASCII character would make bodies up to six times larger.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    private readonly Lock _start = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly FakeTimeProvider _clock = new(SundayEvening);
    private Task? _started;
    private BotHost? _host;
    private WebApplicationFactory<Program>? _factory;
    private FakeTeamsConnector? _connector;

    public static ForecastWeek Week { get; } = ForecastWeek.Parse("2026-W49");

    public TeamId Team { get; } = TeamId.From("19:hostile-team@thread.tacv2");

    private IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The host is not started.");

    private FakeTeamsConnector Connector => _connector ?? throw new InvalidOperationException("The host is not started.");

    public Task EnsureStartedAsync(string tablesConnectionString)
    {
        lock (_start)
        {
            return _started ??= StartAsync(tablesConnectionString);
        }
    }

    private async Task StartAsync(string tablesConnectionString)
    {
        _connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        _host = new BotHost(tablesConnectionString, clock: _clock);
        _factory = _host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs)));
        await Services.GetRequiredService<ITeamSettingsStore>().SaveAsync(new TeamSettings(Team) { Name = "Hostile", TimeZoneId = "UTC" }, null, CancellationToken.None);
        await SeedRepAsync(VictimAadId, [Deal("v1", "Victim Account", "Victim deal", ForecastCategory.Commit, 1m)]);
    }

    /// <summary>The two deals every case's rep starts with, with the names a case may override.</summary>
    public static IReadOnlyList<DealForecast> DefaultDeals(JsonArray? names = null)
    {
        var d1 = Deal("d1", "Contoso", "Renewal", ForecastCategory.Commit, CommitAmount) with { Checklist = CommitChecklist.All };
        var d2 = Deal("d2", "Fabrikam", "Expansion", ForecastCategory.Upside, UpsideAmount);
        if (names is { Count: > 0 })
        {
            d1 = d1 with { Account = HostileCorpus.ExpandString((string)names[0]!["account"]!), Name = HostileCorpus.ExpandString((string)names[0]!["name"]!) };
        }

        return [d1, d2];
    }

    public async Task SeedRepAsync(string aadObjectId, IReadOnlyList<DealForecast> deals)
    {
        var rep = RepId.From(aadObjectId);
        await Services.GetRequiredService<IRosterStore>().SaveAsync(new Rep(Team, rep, "Hostile Rep"), null, CancellationToken.None);
        await Services.GetRequiredService<IDealStore>().ReplaceAsync(Team, rep, deals, CancellationToken.None);
    }

    public async Task<Submission?> StoredAsync(string aadObjectId) =>
        (await Services.GetRequiredService<ISubmissionStore>().GetAsync(Team, Week, RepId.From(aadObjectId), CancellationToken.None))?.Value;

    public async Task<IReadOnlyList<Submission>> WeekAsync() =>
        await Services.GetRequiredService<ISubmissionStore>().ListWeekAsync(Team, Week, CancellationToken.None);

    /// <summary>Sends one case to <c>/api/messages</c> as its kind says, and records what came back.</summary>
    internal async Task<HostileRun> RunAsync(JsonObject hostile)
    {
        var kind = (string)hostile["kind"]!;

        // The outbound throttle refills its permits on the host's clock, once a second: let a second pass per case.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var conversationId = Activities.NewConversationId();
        string? rep = null;
        var seeded = false;
        if (kind is "activity" or "cardData")
        {
            rep = hostile["sender"] is { } sender ? HostileCorpus.ExpandString((string)sender!) : "rep-" + Guid.NewGuid().ToString("N");
            if ((bool?)hostile["seed"] ?? true)
            {
                await SeedRepAsync(rep, DefaultDeals(hostile["seedDeals"] as JsonArray));
                seeded = true;
            }
        }

        var values = new Dictionary<string, string>
        {
            ["serviceUrl"] = Connector.ServiceUrl.ToString(),
            ["conversationId"] = conversationId,
            ["rep"] = rep ?? string.Empty,
            ["victim"] = VictimAadId,
        };
        using var request = new HttpRequestMessage(new HttpMethod((string?)hostile["method"] ?? "POST"), new Uri("/api/messages", UriKind.Relative))
        {
            Content = Content(hostile, kind == "rawBody" ? RawBody(hostile, values) : ActivityBody(hostile, kind, conversationId, rep, values)),
        };

        var before = Connector.Requests.Count;
        _logs.Clear();
        using var client = _factory!.CreateClient();
        using var timeout = new CancellationTokenSource(CaseTimeout);
        using var response = await client.SendAsync(request, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var replies = Connector.Requests.Skip(before)
            .Where(r => r.Body.Length > 0)
            .Select(r => JsonNode.Parse(r.Body)!.AsObject())
            .ToList();
        return new HostileRun(response.StatusCode, body, replies, _logs.Entries, rep, seeded);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
            _connector = null;
        }

        _logs.Dispose();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private static DealForecast Deal(string id, string account, string name, ForecastCategory category, decimal amount) =>
        new(DealId.From(id), account, name, category, amount, category == ForecastCategory.Commit ? new DateOnly(2026, 12, 3) : new DateOnly(2026, 12, 18),
            Stage.From(category == ForecastCategory.Commit ? 90 : 60));

    private static byte[] RawBody(JsonObject hostile, IReadOnlyDictionary<string, string> values) =>
        hostile["bodyBase64"] is { } base64
            ? Convert.FromBase64String((string)base64!)
            : Encoding.UTF8.GetBytes(HostileCorpus.ExpandText((string?)hostile["body"] ?? string.Empty, values));

    private byte[] ActivityBody(JsonObject hostile, string kind, string conversationId, string? rep, IReadOnlyDictionary<string, string> values)
    {
        JsonObject activity;
        if (kind == "cardData")
        {
            var verb = (string?)hostile["verb"] ?? "checkin.submit";
            var data = new JsonObject
            {
                ["verb"] = verb,
                ["cardVersion"] = 1,
                ["week"] = Week.ToString(),
                ["cardRev"] = 0,
                ["page"] = 0,
                ["slots"] = 0,
            };
            foreach (var omitted in hostile["omit"]?.AsArray().Select(k => (string)k!) ?? [])
            {
                data.Remove(omitted);
            }

            foreach (var (key, value) in hostile["data"]?.AsObject() ?? [])
            {
                data[key] = value?.DeepClone();
            }

            if (hostile["rawMembers"] is not null)
            {
                data[RawMembersMarker] = 0;
            }

            if ((string?)hostile["via"] == "submit")
            {
                activity = Activities.Fixture("message-submit", Connector.ServiceUrl, conversationId);
                activity["value"] = data;
                activity["replyToId"] = (string?)hostile["replyToId"] ?? "1764000000999";
            }
            else
            {
                activity = Activities.Fixture("invoke-adaptiveCard-action", Connector.ServiceUrl, conversationId);
                activity["value"] = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                    ["trigger"] = "manual",
                };
            }
        }
        else
        {
            activity = Activities.Fixture((string?)hostile["base"] ?? "message", Connector.ServiceUrl, conversationId);
        }

        if (rep is not null && activity["from"] is JsonObject from)
        {
            from["aadObjectId"] = rep;
        }

        if (hostile["patch"] is JsonObject patch)
        {
            activity = (JsonObject)HostileCorpus.MergePatch(activity, patch)!;
        }

        var json = HostileCorpus.ExpandText(activity.ToJsonString(Relaxed), values);
        if ((string?)hostile["rawMembers"] is { } members)
        {
            // Members no JSON object model can hold (duplicate keys), spliced into the card data as text.
            json = json.Replace($"\"{RawMembersMarker}\":0", members, StringComparison.Ordinal);
        }

        if ((int?)hostile["padTo"] is { } size)
        {
            // Pad an unknown top-level field with ASCII so the UTF-8 body is exactly `size` bytes.
            var prefix = json[..^1] + ",\"padding\":\"";
            var missing = size - Encoding.UTF8.GetByteCount(prefix) - 2;
            json = prefix + new string('x', Math.Max(0, missing)) + "\"}";
        }

        return Encoding.UTF8.GetBytes(json);
    }

    private static HttpContent Content(JsonObject hostile, byte[] body)
    {
        HttpContent content = (bool?)hostile["chunked"] == true ? new ChunkedContent(body) : new ByteArrayContent(body);
        var contentType = hostile.TryGetPropertyValue("contentType", out var type) ? (string?)type : "application/json";
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), so only reading it can find it too large.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
