using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using BotCommit.Bot.CheckIn;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Teams;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// The real host (<see cref="BotHost"/>: Development, anonymous, a unique table prefix) on the given tables, with the
/// host's clock and the fake Teams connector on that same clock, and a <see cref="StorageGate"/> in the table clients'
/// pipeline (retries as the host configures them in Development: one retry after 100 ms). Seeds teams, reps, deals and
/// personal-chat references, and posts the activities Teams would send for a rep's card buttons.
/// </summary>
internal sealed class FaultHost : IAsyncDisposable
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";

    private readonly BotHost _root;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _tables;

    private FaultHost(BotHost root, WebApplicationFactory<Program> factory, string tables, string tablePrefix, FakeTeamsConnector connector, StorageGate gate)
    {
        _root = root;
        _factory = factory;
        _tables = tables;
        TablePrefix = tablePrefix;
        Connector = connector;
        Gate = gate;
    }

    public FakeTeamsConnector Connector { get; }

    public StorageGate Gate { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The prefix of this host's table names (<c>t1a2b3c4d5e</c> in <c>t1a2b3c4d5eSubmissions</c>).</summary>
    public string TablePrefix { get; }

    /// <param name="tables">The Table storage connection string.</param>
    /// <param name="clock">The host's clock (also the fake connector's).</param>
    /// <param name="sharedPrefix">Another host's <see cref="TablePrefix"/>: a second instance on the same tables.</param>
    /// <param name="configuration">Extra host configuration (e.g. connector limits).</param>
    /// <param name="extraPolicy">Another policy in the table clients' pipeline (e.g. a request counter).</param>
    public static async Task<FaultHost> StartAsync(
        string tables,
        TimeProvider clock,
        string? sharedPrefix = null,
        IReadOnlyDictionary<string, string?>? configuration = null,
        Azure.Core.Pipeline.HttpPipelinePolicy? extraPolicy = null)
    {
        var connector = await FakeTeamsConnector.StartAsync(clock, CancellationToken.None);
        var gate = new StorageGate();
        var settings = new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>());
        if (sharedPrefix is not null)
        {
            settings["Storage:TablePrefix"] = sharedPrefix;
        }

        var root = new BotHost(tables, settings: settings, clock: clock);
        var prefix = sharedPrefix ?? root.TablePrefix;
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.AddPolicy(gate, HttpPipelinePosition.PerCall);
        if (extraPolicy is not null)
        {
            options.AddPolicy(extraPolicy, HttpPipelinePosition.PerCall);
        }
        var factory = root.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton(_ => new AzureTablesStorage(tables, prefix, options)))));
        _ = factory.Server;
        return new FaultHost(root, factory, tables, prefix, connector, gate);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The raw table (prefix added), to read back exactly what is stored.</summary>
    public TableClient RawTable(string name) => new(_tables, TablePrefix + name);

    public Task SaveTeamAsync(TeamSettings team) => Get<ITeamSettingsStore>().SaveAsync(team, null, CancellationToken.None);

    /// <summary>Adds the rep to the roster with <paramref name="deals"/> as their pipeline, and remembers their personal chat.</summary>
    public async Task AddRepAsync(TeamId team, string repId, IReadOnlyList<DealForecast> deals)
    {
        var rep = RepId.From(repId);
        await Get<IRosterStore>().SaveAsync(new Rep(team, rep, "Rep " + repId[^4..]), null, CancellationToken.None);
        await Get<IDealStore>().ReplaceAsync(team, rep, deals, CancellationToken.None);
        await Get<IConversationReferenceStore>().SaveAsync(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = Connector.ServiceUrl.ToString(),
            TenantId = Tenant,
            Conversation = new ConversationAccount { Id = ConversationOf(repId), ConversationType = "personal", TenantId = Tenant },
            Bot = new ChannelAccount { Id = "28:botcommit", Name = "BotCommit" },
            User = new ChannelAccount { Id = "29:" + repId, AadObjectId = repId },
            Locale = "en-US",
        }, CancellationToken.None);
    }

    /// <summary>
    /// Every rep's rows as stored, read from the raw tables (not through the stores, which would hide a torn write):
    /// asserts that a rep has at most one snapshot header and that no snapshot line exists without it or outside its
    /// generation, or beyond its deal count.
    /// </summary>
    public async Task<Dictionary<string, StoredCheckIn>> ReadStoredAsync(IEnumerable<string> reps)
    {
        var submissionRows = new List<TableEntity>();
        await foreach (var row in RawTable("Submissions").QueryAsync<TableEntity>())
        {
            submissionRows.Add(row);
        }

        var dealRows = new List<TableEntity>();
        await foreach (var row in RawTable("Deals").QueryAsync<TableEntity>())
        {
            dealRows.Add(row);
        }

        var result = new Dictionary<string, StoredCheckIn>(StringComparer.Ordinal);
        foreach (var rep in reps)
        {
            var mine = submissionRows.Where(r => r.RowKey.StartsWith(rep + "|", StringComparison.Ordinal)).ToList();
            var headers = mine.Where(r => r.RowKey == rep + "|~").ToList();
            Assert.True(headers.Count <= 1, $"{rep} has {headers.Count} snapshot headers.");
            var lines = mine.Except(headers).ToList();
            SortedDictionary<string, long>? snapshot = null;
            if (headers.FirstOrDefault() is not { } header)
            {
                Assert.Empty(lines);
            }
            else
            {
                var generation = (header.GetInt32("Generation") ?? 0).ToString(CultureInfo.InvariantCulture);
                Assert.All(lines, line => Assert.StartsWith($"{rep}|{generation}|", line.RowKey, StringComparison.Ordinal));
                Assert.Equal(header.GetInt32("DealCount"), lines.Count);
                snapshot = AmountsByDeal(lines);
            }

            result[rep] = new StoredCheckIn(snapshot, AmountsByDeal(dealRows.Where(r => r.RowKey.StartsWith(rep + "|", StringComparison.Ordinal))));
        }

        return result;
    }

    /// <summary>The personal chat of a rep (the fake connector's path then holds it).</summary>
    public static string ConversationOf(string repId) => "a:personal-" + repId;

    /// <summary>The check-in card the rep has in front of them now (as the nudge would send it).</summary>
    public async Task<JsonObject> CardAsync(TeamId team, string repId, ForecastWeek week)
    {
        var settings = (await Get<ITeamSettingsStore>().GetAsync(team, CancellationToken.None))!.Value;
        var rep = (await Get<IRosterStore>().GetAsync(team, RepId.From(repId), CancellationToken.None))!;
        var checkIn = await Get<PrepareCheckIn>().ForAsync(settings, rep.Value, week, CancellationToken.None);
        return CheckInCards.Card(checkIn, CardLocale.For("en-US", settings.Culture)).ToJson();
    }

    /// <summary>The invoke Teams sends when the rep presses <paramref name="verb"/> (a new activity id each time).</summary>
    public JsonObject Invoke(string repId, string verb, JsonObject data)
    {
        var invoke = Activities.Fixture("invoke-adaptiveCard-action", Connector.ServiceUrl, ConversationOf(repId));
        invoke["from"] = new JsonObject { ["id"] = "29:" + repId, ["name"] = "Rep", ["aadObjectId"] = repId };
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return invoke;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Posts an invoke and returns the invoke response's body (the HTTP status must be 200).</summary>
    public async Task<JsonObject> InvokeAsync(JsonObject invoke)
    {
        using var response = await PostAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The invoke was answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Presses "Submit" on the rep's card with <paramref name="amounts"/> typed into the deals' amount fields.</summary>
    public JsonObject SubmitInvoke(string repId, JsonObject card, IReadOnlyDictionary<string, string> amounts)
    {
        var data = CheckInCardData.Inputs(card, CheckInVerbs.Submit);
        foreach (var (deal, amount) in amounts)
        {
            data[$"deal-{deal}-amount"] = amount;
        }

        return Invoke(repId, CheckInVerbs.Submit, data);
    }

    // The deal id is the RowKey's last part (rep|deal in Deals, rep|generation|deal in Submissions).
    private static SortedDictionary<string, long> AmountsByDeal(IEnumerable<TableEntity> rows) =>
        new(rows.ToDictionary(r => r.RowKey.Split('|')[^1], r => r.GetInt64("AmountMinor") ?? -1), StringComparer.Ordinal);
}
