using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;

namespace BotCommit.Protocol.Tests;

/// <summary>Outbound contract against the fake Teams connector (protocol doc 8.3 O1, O2, O5–O8, O11, O13).</summary>
public sealed class ConnectorClientTests
{
    private const string ThreadId = "19:c0ffee@thread.tacv2;messageid=1764400210456";
    private const string EscapedThreadId = "19%3Ac0ffee%40thread.tacv2%3Bmessageid%3D1764400210456";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Operations_EachRoute_UsesExactMethodEscapedPathTokenAndJson()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var connector = harness.Connector;
        var url = harness.ServiceUrl;

        var sent = await connector.SendToConversationAsync(url, ThreadId, MessageFactory.Text("hello"), CancellationToken.None);
        var reply = await connector.ReplyToActivityAsync(url, ThreadId, "1764400210456", MessageFactory.Text("reply"), CancellationToken.None);
        var updated = await connector.UpdateActivityAsync(url, ThreadId, "1764400210999", MessageFactory.Text("edited"), CancellationToken.None);
        await connector.DeleteActivityAsync(url, ThreadId, "1764400210999", CancellationToken.None);
        var created = await connector.CreateConversationAsync(url, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:1rep-alice" }],
            TenantId = ConnectorHarness.TenantId,
        }, CancellationToken.None);
        harness.Teams.Members.Add(new JsonObject { ["id"] = "29:1rep-alice", ["name"] = "Alice", ["aadObjectId"] = "guid-alice" });
        var member = await connector.GetMemberAsync(url, ThreadId, "29:1rep-alice", CancellationToken.None);
        var page = await connector.GetPagedMembersAsync(url, "19:team@thread.tacv2", 100, null, CancellationToken.None);
        var team = await connector.GetTeamDetailsAsync(url, "19:team@thread.tacv2", CancellationToken.None);
        var channels = await connector.GetTeamChannelsAsync(url, "19:team@thread.tacv2", CancellationToken.None);

        var requests = harness.Teams.Requests;
        Assert.Equal(
            [
                ("POST", $"/emea/v3/conversations/{EscapedThreadId}/activities"),
                ("POST", $"/emea/v3/conversations/{EscapedThreadId}/activities/1764400210456"),
                ("PUT", $"/emea/v3/conversations/{EscapedThreadId}/activities/1764400210999"),
                ("DELETE", $"/emea/v3/conversations/{EscapedThreadId}/activities/1764400210999"),
                ("POST", "/emea/v3/conversations"),
                ("GET", $"/emea/v3/conversations/{EscapedThreadId}/members/29%3A1rep-alice"),
                ("GET", "/emea/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100"),
                ("GET", "/emea/v3/teams/19%3Ateam%40thread.tacv2"),
                ("GET", "/emea/v3/teams/19%3Ateam%40thread.tacv2/conversations"),
            ],
            requests.Select(request => (request.Method, request.RawTarget)));
        Assert.All(requests, request => Assert.Equal("Bearer fake-token-1", request.Authorization));
        Assert.All(requests.Where(request => request.Body.Length > 0), request => Assert.Equal("application/json; charset=utf-8", request.ContentType));
        var sentBody = JsonNode.Parse(requests[0].Body)!;
        Assert.Equal("message", sentBody["type"]!.GetValue<string>());
        Assert.Equal("hello", sentBody["text"]!.GetValue<string>());
        Assert.Equal("1764400210456", JsonNode.Parse(requests[1].Body)!["replyToId"]!.GetValue<string>());
        Assert.Equal("1764400210999", JsonNode.Parse(requests[2].Body)!["id"]!.GetValue<string>());
        var createBody = JsonNode.Parse(requests[4].Body)!;
        Assert.False(createBody["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:1rep-alice", createBody["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(ConnectorHarness.TenantId, createBody["tenantId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(sent.Id));
        Assert.False(string.IsNullOrEmpty(reply.Id));
        Assert.Equal("1764400210999", updated.Id);
        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
        Assert.Equal("guid-alice", member.AadObjectId);
        Assert.Single(page.Members!);
        Assert.Equal("Sales EMEA", team.Name);
        Assert.Equal(2, channels.Conversations!.Count);
    }

    [Theory]
    [InlineData("with trailing slash", true)]
    [InlineData("without trailing slash", false)]
    public async Task Send_ServiceUrlWithOrWithoutTrailingSlash_JoinsWithExactlyOneSlash(string because, bool trailingSlash)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var text = harness.ServiceUrl.ToString();
        var serviceUrl = new Uri(trailingSlash ? text : text.TrimEnd('/'));

        await harness.Connector.SendToConversationAsync(serviceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);

        Assert.True("/emea/v3/conversations/a%3A1/activities" == Assert.Single(harness.Teams.Requests).RawTarget, because);
    }

    [Theory]
    [InlineData("delta seconds", "3", 3)]
    [InlineData("HTTP date", "date+5", 5)]
    public async Task Send_429WithRetryAfter_WaitsThatLongOnTheClockThenSucceeds(string because, string retryAfter, int seconds)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var header = retryAfter == "date+5"
            ? harness.Time.GetUtcNow().AddSeconds(5).ToString("R", CultureInfo.InvariantCulture)
            : retryAfter;
        harness.Teams.Enqueue(ScriptedConnectorResponse.Throttled(header));

        var send = harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);
        await harness.Time.WaitForDelaysAsync(1, CancellationToken.None).WaitAsync(Patience);
        harness.Time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(100));
        var retriedEarly = harness.Teams.Requests.Count > 1;
        harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        var result = await send.WaitAsync(Patience);

        Assert.True(TimeSpan.FromSeconds(seconds) == harness.Time.Delays[0], because);
        Assert.False(retriedEarly);
        Assert.Equal(2, harness.Teams.Requests.Count);
        Assert.False(string.IsNullOrEmpty(result.Id));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_TransientStatusThenSuccess_RetriesWithBackoff(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(status, "ServiceError"), ScriptedConnectorResponse.Failure(status, "ServiceError"));

        var send = harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);
        for (var retry = 1; retry <= 2; retry++)
        {
            await harness.Time.WaitForDelaysAsync(retry, CancellationToken.None).WaitAsync(Patience);
            harness.Time.Advance(harness.Time.Delays[retry - 1]);
        }

        await send.WaitAsync(Patience);

        Assert.Equal(3, harness.Teams.Requests.Count);
        Assert.All(harness.Time.Delays, delay => Assert.InRange(delay, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Send_AlwaysUnavailable_GivesUpAfterFourAttempts()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(Enumerable.Repeat(ScriptedConnectorResponse.Failure(503, "ServiceUnavailable"), 6).ToArray());

        var send = harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);
        for (var retry = 1; retry <= 3; retry++)
        {
            await harness.Time.WaitForDelaysAsync(retry, CancellationToken.None).WaitAsync(Patience);
            harness.Time.Advance(harness.Time.Delays[retry - 1]);
        }

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => send.WaitAsync(Patience));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(4, harness.Teams.Requests.Count);
        Assert.Equal(3, harness.Time.Delays.Count);
    }

    [Fact]
    public async Task Send_ConnectionRefused_RetriesThenThrowsTheTransportError()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var deadUrl = new Uri($"http://127.0.0.1:{FreePort()}/emea/");
        harness.Trust.MarkVerified(deadUrl);

        var send = harness.Connector.SendToConversationAsync(deadUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);
        for (var retry = 1; retry <= 3; retry++)
        {
            await harness.Time.WaitForDelaysAsync(retry, CancellationToken.None).WaitAsync(Patience);
            harness.Time.Advance(harness.Time.Delays[retry - 1]);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => send.WaitAsync(Patience));
        Assert.Equal(4, harness.SentRequests.Count);
    }

    [Theory]
    [InlineData(500, "ServiceError", null)]
    [InlineData(400, "BadArgument", null)]
    [InlineData(403, "BotNotInConversationRoster", null)]
    [InlineData(403, "209", "MessageWritesBlocked")]
    [InlineData(404, "ConversationNotFound", null)]
    [InlineData(404, "ActivityNotFoundInConversation", null)]
    public async Task Send_NonTransientError_IsNotRetriedAndIsTyped(int status, string code, string? subCode)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(subCode is null
            ? ScriptedConnectorResponse.Failure(status, code, "details")
            : ScriptedConnectorResponse.NestedFailure(status, subCode));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(code, exception.Code);
        Assert.Equal(subCode, exception.SubCode);
        Assert.Single(harness.Teams.Requests);
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task Send_413_ThrowsMessageTooLargeWithoutRetry()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(413, "MessageSizeTooBig"));

        var exception = await Assert.ThrowsAsync<MessageTooLargeException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exception.StatusCode);
        Assert.True(exception.Is(ConnectorErrorCodes.MessageSizeTooBig));
        Assert.Single(harness.Teams.Requests);
    }

    [Fact]
    public async Task Send_401Once_ForcesOneTokenRefreshAndRetries()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(401, "BotNotRegistered"));

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);

        Assert.Equal(["Bearer fake-token-1", "Bearer fake-token-2"], harness.Teams.Requests.Select(request => request.Authorization));
        Assert.Equal(2, harness.Msal.Issued);
    }

    [Fact]
    public async Task Send_401Twice_ThrowsAfterOneRetry()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(401, "BotNotRegistered"), ScriptedConnectorResponse.Failure(401, "BotNotRegistered"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.Equal("BotNotRegistered", exception.Code);
        Assert.Equal(2, harness.Teams.Requests.Count);
    }

    [Fact]
    public async Task GetAllMembers_ThreePagesWithBothIdSpellings_ReturnsEveryMember()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        for (var index = 0; index < 5; index++)
        {
            var member = new JsonObject { ["id"] = $"29:rep-{index}", ["name"] = $"Rep {index}", ["userRole"] = "user" };
            member[index % 2 == 0 ? "objectId" : "aadObjectId"] = $"guid-{index}";
            harness.Teams.Members.Add(member);
        }

        var members = await harness.Connector.GetAllMembersAsync(harness.ServiceUrl, "19:team@thread.tacv2", CancellationToken.None);

        Assert.Equal(["guid-0", "guid-1", "guid-2", "guid-3", "guid-4"], members.Select(member => member.AadObjectId));
        Assert.Equal(
            [
                "/emea/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500",
                "/emea/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500&continuationToken=page-2",
                "/emea/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500&continuationToken=page-4",
            ],
            harness.Teams.Requests.Select(request => request.RawTarget));
    }

    [Fact]
    public async Task Token_TwoCalls_OneClientCredentialsRequestThenCache()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("1"), CancellationToken.None);
        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("2"), CancellationToken.None);

        var (url, body) = Assert.Single(harness.Msal.Requests);
        Assert.Equal($"https://login.microsoftonline.com/{ConnectorHarness.TenantId}/oauth2/v2.0/token", url.GetLeftPart(UriPartial.Path));
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + ConnectorHarness.AppId, body, StringComparison.Ordinal);
        Assert.All(harness.Teams.Requests, request => Assert.Equal("Bearer fake-token-1", request.Authorization));
    }

    [Fact]
    public async Task Token_MultiTenantApp_UsesTheBotFrameworkAuthority()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppTenantId"] = null,
        });

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("1"), CancellationToken.None);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(harness.Msal.Requests).Url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Send_AnonymousDevelopmentToLoopback_CarriesNoTokenAndNeedsNoVerification()
    {
        await using var harness = await ConnectorHarness.StartAsync(
            new Dictionary<string, string?> { ["BotCommit:AllowAnonymous"] = "true" },
            verifyServiceUrl: false);

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("hi"), CancellationToken.None);

        Assert.Null(Assert.Single(harness.Teams.Requests).Authorization);
        Assert.Empty(harness.Msal.Requests);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
