using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Connector;
using BotCommit.Scheduler.Retention;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Hosting;

/// <summary>
/// Issue #15 through the real host on Azurite with the fake Teams connector: Teams only, one tenant, de-duplication keyed
/// on conversation + activity id, and the cleanup job that ends it. The first two tests validate real tokens against a
/// local OpenID/JWKS server (Development only so that the metadata may be served over http; anonymous mode is off).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class InboundRulesTests(AzuriteFixture azurite)
{
    private const string AppId = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";
    private const string AppTenant = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33";
    private const string OtherTenant = "99999999-0000-0000-0000-000000000000";

    [Fact]
    public async Task ValidToken_ChannelWebchat_Gets403AndNothingIsProcessed()
    {
        await using var world = await TokenWorld.StartAsync(azurite.ConnectionString, ["msteams", "webchat"]);

        using var webchat = await world.PostAsync(world.Activity(channelId: "webchat", tenantId: AppTenant, conversationId: "a:webchat-chat"));
        using var teams = await world.PostAsync(world.Activity(channelId: "msteams", tenantId: AppTenant, conversationId: "a:teams-chat"));

        Assert.Equal(HttpStatusCode.Forbidden, webchat.StatusCode);
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Null(await world.References.GetForConversationAsync("a:webchat-chat", CancellationToken.None));
        Assert.NotNull(await world.References.GetForConversationAsync("a:teams-chat", CancellationToken.None));
    }

    [Fact]
    public async Task ValidToken_AnotherTenant_WithTheDefaultConfiguration_Gets403AndNothingIsProcessed()
    {
        await using var world = await TokenWorld.StartAsync(azurite.ConnectionString, ["msteams"]);

        using var other = await world.PostAsync(world.Activity(channelId: "msteams", tenantId: OtherTenant, conversationId: "a:other-tenant-chat"));
        using var own = await world.PostAsync(world.Activity(channelId: "msteams", tenantId: AppTenant, conversationId: "a:own-tenant-chat"));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Null(await world.References.GetForConversationAsync("a:other-tenant-chat", CancellationToken.None));
        Assert.NotNull(await world.References.GetForConversationAsync("a:own-tenant-chat", CancellationToken.None));
    }

    [Fact]
    public async Task TwoRepsActivities_WithTheSameIdInTwoConversations_AreBothProcessed()
    {
        var (host, connector) = await BotHost.StartAsync(azurite.ConnectionString);
        await using (host)
        await using (connector)
        {
            var alice = Activities.Message(connector.ServiceUrl, "a:alice-personal-chat", "help");
            var bob = Activities.Message(connector.ServiceUrl, "a:bob-personal-chat", "help");
            alice["id"] = "1764400210456";
            bob["id"] = "1764400210456";
            bob["from"]!["id"] = "29:bob";
            bob["from"]!["aadObjectId"] = "0b0b0b0b-0000-0000-0000-000000000002";

            await host.PostActivityAsync(alice);
            await host.PostActivityAsync(bob);
            await host.PostActivityAsync(alice); // a redelivery is still caught

            var replies = connector.Requests.Where(r => r.Method == "POST").Select(r => r.Path).ToList();
            Assert.Equal(2, replies.Count);
            Assert.Contains(replies, path => path.Contains("a:alice-personal-chat", StringComparison.Ordinal));
            Assert.Contains(replies, path => path.Contains("a:bob-personal-chat", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CleanupJob_OnThousandsOfRows_DeletesOldDaysAndRedeliveriesOfRecentOnesAreStillCaught()
    {
        var now = new DateTimeOffset(2026, 12, 7, 3, 17, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        await using var host = new BotHost(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Scheduler:ActivityLogRetentionDays"] = "2" }, clock: clock);
        await using var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        _ = host.Server;
        var log = host.Services.GetRequiredService<AzureTablesStorage>().Activities;
        var old = new Dictionary<int, int> { [5] = 1_300, [3] = 1_200 };
        var kept = new Dictionary<int, int> { [2] = 400, [1] = 300 };
        await Parallel.ForEachAsync(
            old.Concat(kept).SelectMany(day => Enumerable.Range(0, day.Value).Select(i => (DaysAgo: day.Key, Index: i))),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (row, token) => Assert.True(await log.TryRecordAsync(
                "a:chat-" + (row.Index % 50).ToString(CultureInfo.InvariantCulture),
                Id(row.DaysAgo, row.Index),
                now.AddDays(-row.DaysAgo),
                token)));
        var recent = Activities.Message(connector.ServiceUrl, "a:recent-chat", "help");
        await host.PostActivityAsync(recent);

        var deleted = await host.Services.GetRequiredService<ActivityLogCleanupJob>().RunAsync(CancellationToken.None);
        await host.PostActivityAsync(recent);

        Assert.Equal(old.Values.Sum(), deleted);
        Assert.Single(connector.Requests); // the redelivery after the cleanup was not answered again
        Assert.True(await log.TryRecordAsync("a:chat-0", Id(5, 0), now.AddDays(-5), CancellationToken.None)); // forgotten
        Assert.False(await log.TryRecordAsync("a:chat-0", Id(2, 0), now.AddDays(-2), CancellationToken.None)); // kept
        Assert.False(await log.TryRecordAsync("a:chat-0", Id(1, 0), now.AddDays(-1), CancellationToken.None)); // kept
    }

    private static string Id(int daysAgo, int index) => string.Create(CultureInfo.InvariantCulture, $"{daysAgo}-{index}");

    /// <summary>The host with tokens required (SingleTenant, MicrosoftAppTenantId set, nothing else), a key server and a connector.</summary>
    private sealed class TokenWorld : IAsyncDisposable
    {
        private readonly FakeSigningKey _key;
        private readonly FakeOpenIdServer _openId;
        private readonly FakeTeamsConnector _connector;
        private readonly BotHost _host;

        private TokenWorld(FakeSigningKey key, FakeOpenIdServer openId, FakeTeamsConnector connector, BotHost host)
        {
            _key = key;
            _openId = openId;
            _connector = connector;
            _host = host;
        }

        public IConversationReferenceStore References => _host.Services.GetRequiredService<IConversationReferenceStore>();

        public static async Task<TokenWorld> StartAsync(string tables, IReadOnlyList<string> endorsements)
        {
            var key = new FakeSigningKey("key-" + Guid.NewGuid().ToString("N")[..8], endorsements);
            var openId = await FakeOpenIdServer.StartAsync([key], CancellationToken.None);
            var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
            var host = new BotHost(tables, settings: new Dictionary<string, string?>
            {
                ["BotCommit:AllowAnonymous"] = "false",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used",
                ["MicrosoftAppTenantId"] = AppTenant,
                ["BotCommit:OpenIdMetadataUrl"] = openId.MetadataUrl.ToString(),
            });
            _ = host.Server;
            return new TokenWorld(key, openId, connector, host);
        }

        /// <summary>A reaction (nothing to answer, so no outbound token is needed) in a personal chat.</summary>
        public JsonObject Activity(string channelId, string tenantId, string conversationId) => new()
        {
            ["type"] = "messageReaction",
            ["id"] = Guid.NewGuid().ToString(),
            ["serviceUrl"] = _connector.ServiceUrl.ToString(),
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = "29:rep", ["aadObjectId"] = "6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "BotCommit" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };

        public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
        {
            var token = ChannelTokenMinter.Mint(_key, new ChannelTokenRequest
            {
                Audience = AppId,
                ServiceUrl = _connector.ServiceUrl.ToString(),
                Now = TimeProvider.System.GetUtcNow(),
            });
            using var client = _host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            await _host.DisposeAsync();
            await _connector.DisposeAsync();
            await _openId.DisposeAsync();
            _key.Dispose();
        }
    }
}
