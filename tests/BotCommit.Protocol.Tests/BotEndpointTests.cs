using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Routing;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Protocol.Tests;

/// <summary>The request pipeline of protocol doc 3.2 around authentication, and dispatch (I11, I12, I16, I17, I18).</summary>
public sealed class BotEndpointTests
{
    private static readonly Dictionary<string, string?> Anonymous = new() { ["BotCommit:AllowAnonymous"] = "true" };
    private static readonly DateTimeOffset Now = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Request_NotPost_Answers405(string method)
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), host.MessagesUrl));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(header => string.Join(',', header.Value))));
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_BodyOverTheCap_Answers413BeforeAnyTokenWork()
    {
        await using var keys = await FakeOpenIdServer.StartAsync([], CancellationToken.None);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["BotCommit:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
            ["BotCommit:MaxRequestBodyBytes"] = "1024",
        });
        var activity = TeamsActivities.PersonalMessage(text: new string('x', 2000));

        using var response = await host.PostAsync(activity.ToJsonString(), "Bearer a.b.c");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, keys.MetadataRequests);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheCap_Answers413()
    {
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>(Anonymous) { ["BotCommit:MaxRequestBodyBytes"] = "1024" });
        var bytes = Encoding.UTF8.GetBytes(TeamsActivities.PersonalMessage(text: new string('x', 4000)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.MessagesUrl) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=utf-8", HttpStatusCode.OK)]
    [InlineData("application/activity+json", HttpStatusCode.OK)]
    public async Task Post_ContentType_OnlyJsonIsAccepted(string contentType, HttpStatusCode expected)
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage().ToJsonString(), null, contentType);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("not JSON", "{\"type\":")]
    [InlineData("JSON array", "[1,2]")]
    [InlineData("no type", "{\"id\":\"1\",\"text\":\"hi\"}")]
    [InlineData("empty type", "{\"type\":\"  \"}")]
    [InlineData("type is a number", "{\"type\":5}")]
    public async Task Post_UnreadableActivity_Answers400(string because, string body)
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);

        using var response = await host.PostAsync(body, null);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, because);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_AnonymousPlaygroundMessage_DispatchesUnauthenticatedAndAnswers200Empty()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "message.json"));

        using var response = await host.PostAsync(json, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var turn = Assert.Single(host.Bot.Turns);
        Assert.False(turn.IsAuthenticated);
        Assert.Equal("hello world", turn.Activity.Text);
    }

    [Fact]
    public async Task Post_InvokeHandled_WritesStatusAndJsonBody()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        host.Bot.Handler = (_, _) => Task.FromResult<InvokeResponse?>(InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard" }));

        using var response = await host.PostAsync(TeamsActivities.Invoke().ToJsonString(), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("unknown activity type", "{\"type\":\"somethingNew\",\"id\":\"x1\"}", HttpStatusCode.OK)]
    [InlineData("messageReaction", "{\"type\":\"messageReaction\",\"id\":\"x2\"}", HttpStatusCode.OK)]
    public async Task Post_ActivityTheBotIgnores_Answers200(string because, string body, HttpStatusCode expected)
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);

        using var response = await host.PostAsync(body, null);

        Assert.True(expected == response.StatusCode, because);
        Assert.Single(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_InvokeTheBotDoesNotHandle_Answers501()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);

        using var response = await host.PostAsync(TeamsActivities.Invoke(name: "task/fetch").ToJsonString(), null);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("message")]
    [InlineData("invoke")]
    public async Task Post_HandlerThrows_Answers500WithEmptyBodyAndLogs(string type)
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        host.Bot.Handler = (_, _) => throw new InvalidOperationException("bug");
        var activity = type == "invoke" ? TeamsActivities.Invoke() : TeamsActivities.PersonalMessage();

        using var response = await host.PostAsync(activity.ToJsonString(), null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2003 && record.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Post_DuplicateMessageId_IsDispatchedOnceAndBothAreAcknowledged()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var body = TeamsActivities.PersonalMessage(id: "1764400210456").ToJsonString();

        using var first = await host.PostAsync(body, null);
        using var second = await host.PostAsync(body, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Bot.Turns);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2004);
    }

    [Fact]
    public async Task Post_SameIdInTwoConversations_BothAreDispatched()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var alice = TeamsActivities.PersonalMessage(id: "1764400210456");
        var bob = TeamsActivities.PersonalMessage(id: "1764400210456");
        bob["conversation"]!["id"] = "a:1personal-chat-of-bob";
        var aliceInvoke = TeamsActivities.Invoke(id: "f:same");
        var bobInvoke = TeamsActivities.Invoke(id: "f:same");
        bobInvoke["conversation"]!["id"] = "a:1personal-chat-of-bob";
        host.Bot.Handler = (turn, _) => Task.FromResult<InvokeResponse?>(InvokeResponse.Message("for " + turn.Activity.Conversation!.Id));

        using var first = await host.PostAsync(alice.ToJsonString(), null);
        using var second = await host.PostAsync(bob.ToJsonString(), null);
        using var firstInvoke = await host.PostAsync(aliceInvoke.ToJsonString(), null);
        using var secondInvoke = await host.PostAsync(bobInvoke.ToJsonString(), null);

        Assert.Equal(4, host.Bot.Turns.Count);
        Assert.Contains("for a:1personal-chat-of-bob", await secondInvoke.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Id.Id == 2004);
    }

    [Fact]
    public async Task Post_DuplicateInvokeId_GetsTheFirstAnswerAgainWithoutDispatch()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var calls = 0;
        host.Bot.Handler = (_, _) => Task.FromResult<InvokeResponse?>(InvokeResponse.Message("processed " + Interlocked.Increment(ref calls)));
        var body = TeamsActivities.Invoke(id: "f:dup").ToJsonString();

        using var first = await host.PostAsync(body, null);
        using var second = await host.PostAsync(body, null);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("processed 1", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Post_DuplicateInvokeWhileTheFirstIsRunning_WaitsForTheFirstAnswer()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<InvokeResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Bot.Handler = (_, _) =>
        {
            started.TrySetResult();
            return release.Task;
        };
        var body = TeamsActivities.Invoke(id: "f:slow").ToJsonString();

        var first = host.PostAsync(body, null);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var second = host.PostAsync(body, null);
        release.SetResult(InvokeResponse.Message("done"));
        using var firstResponse = await first.WaitAsync(TimeSpan.FromSeconds(10));
        using var secondResponse = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(await firstResponse.Content.ReadAsStringAsync(), await secondResponse.Content.ReadAsStringAsync());
        Assert.Single(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_DuplicateOfAFailedInvoke_Answers200EmptyWithoutDispatch()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        host.Bot.Handler = (_, _) => throw new InvalidOperationException("bug");
        var body = TeamsActivities.Invoke(id: "f:failed").ToJsonString();

        using var first = await host.PostAsync(body, null);
        using var second = await host.PostAsync(body, null);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsStringAsync());
        Assert.Single(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_DuplicateInvokeWhoseAnswerIsUnknown_Answers200Empty()
    {
        // Another instance processed it: this process has no cached answer.
        await using var host = await BotTestHost.StartAsync(
            Anonymous, configureServices: services => services.AddSingleton<IActivityDeduplicator>(new AlreadySeenDeduplicator()));

        using var response = await host.PostAsync(TeamsActivities.Invoke(id: "f:elsewhere").ToJsonString(), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Post_AuthenticatedActivities_StoreVerifiedReferencesPerUserAndPerChannel()
    {
        using var key = FakeSigningKey.Teams("key-1");
        await using var keys = await FakeOpenIdServer.StartAsync([key], CancellationToken.None);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["BotCommit:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
        }, configureServices: services => services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)));
        var token = "Bearer " + ChannelTokenMinter.Mint(key, new ChannelTokenRequest
        {
            Now = Now,
            Audience = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ServiceUrl = TeamsActivities.ServiceUrl,
        });

        using var personal = await host.PostAsync(TeamsActivities.PersonalMessage().ToJsonString(), token);
        using var channel = await host.PostAsync(TeamsActivities.ChannelMessage().ToJsonString(), token);

        var store = host.Services.GetRequiredService<IConversationReferenceStore>();
        var user = await store.GetForUserAsync("6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a", CancellationToken.None);
        var managers = await store.GetForConversationAsync("19:c0ffee@thread.tacv2", CancellationToken.None);
        Assert.Equal("a:1personal-chat", user!.Conversation!.Id);
        Assert.NotNull(user.ServiceUrlVerified);
        Assert.Equal("1764400210456", user.ServiceUrlVerified!.ActivityId);
        Assert.Equal("19:team@thread.tacv2", managers!.TeamId);
        Assert.NotNull(managers.ServiceUrlVerified);
        Assert.True(host.Services.GetRequiredService<IServiceUrlTrust>().IsAllowedHost(new Uri(TeamsActivities.ServiceUrl)));
    }

    [Fact]
    public async Task Post_LaterAuthenticatedActivity_MovesTheStoredServiceUrlButARejectedOneDoesNot()
    {
        using var key = FakeSigningKey.Teams("key-1");
        await using var keys = await FakeOpenIdServer.StartAsync([key], CancellationToken.None);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["BotCommit:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
        }, configureServices: services => services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)));
        string Token(string serviceUrl) => "Bearer " + ChannelTokenMinter.Mint(key, new ChannelTokenRequest
        {
            Now = Now,
            Audience = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ServiceUrl = serviceUrl,
        });
        const string Amer = "https://smba.trafficmanager.net/amer/";
        const string Evil = "https://evil.trafficmanager.net/amer/";

        using var first = await host.PostAsync(TeamsActivities.PersonalMessage(id: "1").ToJsonString(), Token(TeamsActivities.ServiceUrl));
        using var moved = await host.PostAsync(TeamsActivities.PersonalMessage(id: "2", serviceUrl: Amer).ToJsonString(), Token(Amer));
        using var forged = await host.PostAsync(TeamsActivities.PersonalMessage(id: "3", serviceUrl: Evil).ToJsonString(), Token(Amer));

        var stored = await host.Services.GetRequiredService<IConversationReferenceStore>().GetForConversationAsync("a:1personal-chat", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(Amer, stored!.ServiceUrl);
        Assert.Equal("2", stored.ServiceUrlVerified!.ActivityId);
    }

    [Fact]
    public async Task Post_AnonymousActivity_NeverOverwritesAVerifiedReference()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var store = host.Services.GetRequiredService<IConversationReferenceStore>();
        await store.SaveAsync(new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ServiceUrlVerified = new ServiceUrlVerification { ActivityId = "old" },
            Conversation = new ConversationAccount { Id = "a:1personal-chat", ConversationType = "personal" },
        }, CancellationToken.None);

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage(serviceUrl: "https://evil.example/").ToJsonString(), null);

        var stored = await store.GetForConversationAsync("a:1personal-chat", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored!.ServiceUrl);
    }

    private sealed class AlreadySeenDeduplicator : IActivityDeduplicator
    {
        public Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
