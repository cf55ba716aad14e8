using System.Net;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Protocol.Tests;

/// <summary>
/// The inbound token corpus (protocol doc 8.2 I1–I14), each case posted through the real endpoint on Kestrel against
/// a fake OpenID/JWKS server with locally generated keys. The validator's clock is a fake far from the real date, so a
/// token can only pass if every lifetime check uses the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class InboundAuthenticationTests : IClassFixture<InboundAuthenticationTests.KeyServer>
{
    private const string AppId = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";
    private static readonly DateTimeOffset Now = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly KeyServer _keys;

    public InboundAuthenticationTests(KeyServer keys)
    {
        _keys = keys;
    }

    public static TheoryData<string, HttpStatusCode> TokenCases => new()
    {
        { "valid RS256", HttpStatusCode.OK },
        { "valid RS384", HttpStatusCode.OK },
        { "valid RS512", HttpStatusCode.OK },
        { "scheme in lower case", HttpStatusCode.OK },
        { "expired 4 min ago (within skew)", HttpStatusCode.OK },
        { "nbf 4 min ahead (within skew)", HttpStatusCode.OK },
        { "serviceurl claim differs only in case", HttpStatusCode.OK },
        { "no Authorization header", HttpStatusCode.Unauthorized },
        { "Basic scheme", HttpStatusCode.Unauthorized },
        { "Bearer without token", HttpStatusCode.Unauthorized },
        { "Bearer with two tokens", HttpStatusCode.Unauthorized },
        { "malformed JWT", HttpStatusCode.Unauthorized },
        { "alg none", HttpStatusCode.Unauthorized },
        { "HS256 signed with the public key bytes", HttpStatusCode.Unauthorized },
        { "tampered signature", HttpStatusCode.Unauthorized },
        { "tampered payload", HttpStatusCode.Unauthorized },
        { "wrong issuer", HttpStatusCode.Unauthorized },
        { "tenant issuer sts.windows.net", HttpStatusCode.Unauthorized },
        { "missing issuer", HttpStatusCode.Unauthorized },
        { "wrong audience", HttpStatusCode.Unauthorized },
        { "missing audience", HttpStatusCode.Unauthorized },
        { "audience is api.botframework.com", HttpStatusCode.Unauthorized },
        { "expired 6 min ago", HttpStatusCode.Unauthorized },
        { "nbf 6 min ahead", HttpStatusCode.Unauthorized },
        { "unknown kid", HttpStatusCode.Unauthorized },
        { "key without endorsements", HttpStatusCode.Unauthorized },
        { "webchat-only endorsement", HttpStatusCode.Unauthorized },
        { "activity channelId not endorsed", HttpStatusCode.Unauthorized },
        { "serviceurl claim missing", HttpStatusCode.Unauthorized },
        { "serviceurl claim other host", HttpStatusCode.Unauthorized },
        { "serviceurl claim other path", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(TokenCases))]
    public async Task Post_TokenCase_AnswersTheExpectedStatus(string tokenCase, HttpStatusCode expected)
    {
        await using var host = await StartHostAsync();
        var activity = TeamsActivities.PersonalMessage(channelId: tokenCase == "activity channelId not endorsed" ? "webchat" : "msteams");

        using var response = await host.PostAsync(activity.ToJsonString(), Authorization(tokenCase));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.OK)
        {
            Assert.True(Assert.Single(host.Bot.Turns).IsAuthenticated);
        }
        else
        {
            Assert.Empty(host.Bot.Turns);
            Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2001 && record.Message.Contains("401", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Post_UnknownKidThenRotatedIn_OneRefreshAcceptsItAndASecondUnknownKidIsRejectedWithoutFetching()
    {
        await using var server = await FakeOpenIdServer.StartAsync([_keys.Teams], CancellationToken.None);
        await using var host = await StartHostAsync(server);
        using var first = await host.PostAsync(TeamsActivities.PersonalMessage(id: "1").ToJsonString(), Bearer(_keys.Teams, Valid()));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var fetchesBeforeRotation = server.KeysRequests;

        server.SetKeys([_keys.Teams, _keys.Rotated]);
        using var rotated = await host.PostAsync(TeamsActivities.PersonalMessage(id: "2").ToJsonString(), Bearer(_keys.Rotated, Valid()));
        var fetchesAfterRotation = server.KeysRequests;
        using var unknown = await host.PostAsync(TeamsActivities.PersonalMessage(id: "3").ToJsonString(), Bearer(_keys.Unpublished, Valid()));

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(fetchesBeforeRotation + 1, fetchesAfterRotation);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(fetchesAfterRotation, server.KeysRequests);
        Assert.Equal(2, host.Bot.Turns.Count);
    }

    [Fact]
    public async Task Post_MetadataEndpointDown_Answers500AndNot401()
    {
        await using var server = await FakeOpenIdServer.StartAsync([_keys.Teams], CancellationToken.None);
        server.IsDown = true;
        await using var host = await StartHostAsync(server);

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage().ToJsonString(), Bearer(_keys.Teams, Valid()));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2002);
    }

    private const string OtherTenant = "99999999-0000-0000-0000-000000000000";
    private const string ThirdTenant = "77777777-0000-0000-0000-000000000000";

    public static TheoryData<string, Dictionary<string, string?>, string, HttpStatusCode> TenantCases => new()
    {
        { "SingleTenant: the app's own tenant", new(), TeamsActivities.TenantId, HttpStatusCode.OK },
        { "SingleTenant: another tenant, default configuration", new(), OtherTenant, HttpStatusCode.Forbidden },
        { "SingleTenant: an activity without a tenant", new(), string.Empty, HttpStatusCode.Forbidden },
        { "SingleTenant: another tenant listed", new() { ["BotCommit:AllowedTenants:0"] = OtherTenant }, OtherTenant, HttpStatusCode.OK },
        { "SingleTenant: own tenant still accepted when others are listed", new() { ["BotCommit:AllowedTenants:0"] = OtherTenant }, TeamsActivities.TenantId, HttpStatusCode.OK },
        { "SingleTenant: a third tenant not listed", new() { ["BotCommit:AllowedTenants:0"] = OtherTenant }, ThirdTenant, HttpStatusCode.Forbidden },
        {
            "MultiTenant: only the listed tenants",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["BotCommit:AllowedTenants:0"] = OtherTenant }, TeamsActivities.TenantId, HttpStatusCode.Forbidden
        },
        {
            "MultiTenant: a listed tenant",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["BotCommit:AllowedTenants:0"] = OtherTenant }, OtherTenant, HttpStatusCode.OK
        },
        {
            "MultiTenant: AllowAnyTenant accepts every tenant",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["BotCommit:AllowAnyTenant"] = "true" }, ThirdTenant, HttpStatusCode.OK
        },
    };

    [Theory]
    [MemberData(nameof(TenantCases))]
    public async Task Post_Tenant_OnlyAcceptedTenantsAreDispatched(string because, Dictionary<string, string?> settings, string tenantId, HttpStatusCode expected)
    {
        await using var host = await StartHostAsync(extra: settings);

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage(tenantId: tenantId).ToJsonString(), Bearer(_keys.Teams, Valid()));

        Assert.True(expected == response.StatusCode, because + ": " + response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, host.Bot.Turns.Count);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2001 && record.Message.Contains("tenant", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task Post_ValidTokenForAnotherChannel_Answers403AndIsLogged(string channelId)
    {
        // Bot Framework keys are endorsed for many channels: the token is valid, the channel is not Teams.
        using var everyChannel = new FakeSigningKey("key-every-channel", ["msteams", "webchat", "directline", "emulator"]);
        await using var server = await FakeOpenIdServer.StartAsync([everyChannel], CancellationToken.None);
        await using var host = await StartHostAsync(server);

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage(channelId: channelId).ToJsonString(), Bearer(everyChannel, Valid()));
        using var teams = await host.PostAsync(TeamsActivities.PersonalMessage(id: "teams-1").ToJsonString(), Bearer(everyChannel, Valid()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal("teams-1", Assert.Single(host.Bot.Turns).Activity.Id);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 2001 && record.Message.Contains("403", StringComparison.Ordinal)
            && record.Message.Contains(channelId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_PlaygroundWithoutTokenInDevelopment_IsNotHeldToTheTeamsChannel()
    {
        await using var host = await StartHostAsync(extra: new Dictionary<string, string?> { ["BotCommit:AllowAnonymous"] = "true" });

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage(channelId: "webchat").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Assert.Single(host.Bot.Turns).IsAuthenticated);
    }

    [Fact]
    public async Task Post_ValidTokenInAnonymousDevelopmentMode_IsStillValidated()
    {
        await using var host = await StartHostAsync(extra: new Dictionary<string, string?> { ["BotCommit:AllowAnonymous"] = "true" });

        using var bad = await host.PostAsync(TeamsActivities.PersonalMessage(id: "1").ToJsonString(), "Bearer " + ChannelTokenMinter.TamperSignature(Mint(_keys.Teams, Valid())));
        using var anonymous = await host.PostAsync(TeamsActivities.PersonalMessage(id: "2").ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.False(Assert.Single(host.Bot.Turns).IsAuthenticated);
    }

    private Task<BotTestHost> StartHostAsync(FakeOpenIdServer? server = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["BotCommit:OpenIdMetadataUrl"] = (server ?? _keys.Server).MetadataUrl.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Development only because the fake metadata is served over http; tenant rules are the same as in Production once
        // MicrosoftAppTenantId or BotCommit:AllowedTenants is set (BotAuthenticationOptionsTests cover the difference).
        return BotTestHost.StartAsync(settings, configureServices: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    private static ChannelTokenRequest Valid() => new()
    {
        Now = Now,
        Audience = AppId,
        ServiceUrl = TeamsActivities.ServiceUrl,
    };

    private static string Mint(FakeSigningKey key, ChannelTokenRequest request) => ChannelTokenMinter.Mint(key, request);

    private static string Bearer(FakeSigningKey key, ChannelTokenRequest request) => "Bearer " + Mint(key, request);

    private string? Authorization(string tokenCase) => tokenCase switch
    {
        "valid RS256" => Bearer(_keys.Teams, Valid()),
        "valid RS384" => Bearer(_keys.Teams, Valid() with { Algorithm = "RS384" }),
        "valid RS512" => Bearer(_keys.Teams, Valid() with { Algorithm = "RS512" }),
        "scheme in lower case" => "bearer " + Mint(_keys.Teams, Valid()),
        "expired 4 min ago (within skew)" => Bearer(_keys.Teams, Valid() with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(-4) }),
        "nbf 4 min ahead (within skew)" => Bearer(_keys.Teams, Valid() with { NotBefore = Now.AddMinutes(4) }),
        "serviceurl claim differs only in case" => Bearer(_keys.Teams, Valid() with { ServiceUrl = "https://SMBA.trafficmanager.net/emea/" }),
        "no Authorization header" => null,
        "Basic scheme" => "Basic dXNlcjpwYXNz",
        "Bearer without token" => "Bearer",
        "Bearer with two tokens" => "Bearer " + Mint(_keys.Teams, Valid()) + " " + Mint(_keys.Teams, Valid()),
        "malformed JWT" => "Bearer not.a.jwt",
        "alg none" => "Bearer " + ChannelTokenMinter.MintUnsigned(_keys.Teams.KeyId, Valid()),
        "HS256 signed with the public key bytes" => "Bearer " + ChannelTokenMinter.MintHmacWithPublicKey(_keys.Teams, Valid()),
        "tampered signature" => "Bearer " + ChannelTokenMinter.TamperSignature(Mint(_keys.Teams, Valid())),
        "tampered payload" => "Bearer " + ChannelTokenMinter.TamperPayload(Mint(_keys.Teams, Valid() with { Audience = "someone-else" }), Valid()),
        "wrong issuer" => Bearer(_keys.Teams, Valid() with { Issuer = "https://api.botframework.us" }),
        "tenant issuer sts.windows.net" => Bearer(_keys.Teams, Valid() with { Issuer = $"https://sts.windows.net/{TeamsActivities.TenantId}/" }),
        "missing issuer" => Bearer(_keys.Teams, Valid() with { Issuer = null }),
        "wrong audience" => Bearer(_keys.Teams, Valid() with { Audience = "11111111-2222-3333-4444-555555555555" }),
        "missing audience" => Bearer(_keys.Teams, Valid() with { Audience = null }),
        "audience is api.botframework.com" => Bearer(_keys.Teams, Valid() with { Audience = "https://api.botframework.com" }),
        "expired 6 min ago" => Bearer(_keys.Teams, Valid() with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(-6) }),
        "nbf 6 min ahead" => Bearer(_keys.Teams, Valid() with { NotBefore = Now.AddMinutes(6) }),
        "unknown kid" => Bearer(_keys.Unpublished, Valid()),
        "key without endorsements" => Bearer(_keys.NoEndorsements, Valid()),
        "webchat-only endorsement" => Bearer(_keys.WebChatOnly, Valid()),
        "activity channelId not endorsed" => Bearer(_keys.Teams, Valid()),
        "serviceurl claim missing" => Bearer(_keys.Teams, Valid() with { ServiceUrl = null }),
        "serviceurl claim other host" => Bearer(_keys.Teams, Valid() with { ServiceUrl = "https://evil.trafficmanager.net/emea/" }),
        "serviceurl claim other path" => Bearer(_keys.Teams, Valid() with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }),
        _ => throw new ArgumentOutOfRangeException(nameof(tokenCase), tokenCase, "unknown token case"),
    };

    /// <summary>One key server for the class: Teams-endorsed, unendorsed and webchat-only keys are published.</summary>
    public sealed class KeyServer : IAsyncLifetime
    {
        public FakeSigningKey Teams { get; } = FakeSigningKey.Teams("key-teams");

        public FakeSigningKey NoEndorsements { get; } = new("key-no-endorsements", null);

        public FakeSigningKey WebChatOnly { get; } = new("key-webchat", ["webchat"]);

        public FakeSigningKey Rotated { get; } = FakeSigningKey.Teams("key-rotated");

        public FakeSigningKey Unpublished { get; } = FakeSigningKey.Teams("key-unpublished");

        public FakeOpenIdServer Server { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Server = await FakeOpenIdServer.StartAsync([Teams, NoEndorsements, WebChatOnly], CancellationToken.None);

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            foreach (var key in new[] { Teams, NoEndorsements, WebChatOnly, Rotated, Unpublished })
            {
                key.Dispose();
            }
        }
    }
}
