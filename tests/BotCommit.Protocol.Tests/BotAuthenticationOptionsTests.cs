using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Tests;

public class BotAuthenticationOptionsTests
{
    [Fact]
    public void Bind_RootKeysAndSection_AreRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["BotCommit:AllowAnonymous"] = "true",
            ["BotCommit:OpenIdMetadataUrl"] = "https://login.example/v1/.well-known/openidconfiguration",
            ["BotCommit:AllowedTenants:0"] = "t1",
            ["BotCommit:AllowedTenants:1"] = "t2",
            ["BotCommit:TrustedServiceUrlHosts"] = "smba.example.net; other.example.net",
            ["BotCommit:MaxRequestBodyBytes"] = "1000",
        }).Build();
        var options = new BotAuthenticationOptions();

        BotAuthenticationOptions.Bind(configuration, options, isDevelopment: true);

        Assert.True(options.IsMultiTenant);
        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("secret", options.MicrosoftAppPassword);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
        Assert.True(options.IsAnonymousAllowed);
        Assert.Equal(new Uri("https://login.example/v1/.well-known/openidconfiguration"), options.OpenIdMetadataUrl);
        Assert.Equal(["t1", "t2"], options.AllowedTenants);
        Assert.Equal(["smba.example.net", "other.example.net"], options.TrustedServiceUrlHosts);
        Assert.Equal(1000, options.MaxRequestBodyBytes);
    }

    [Fact]
    public void Bind_ListsOverAnEmptyJsonArray_KeepTheEntriesOfLaterProviders()
    {
        // appsettings.json ships "AllowedTenants": [] — environment variables BotCommit__AllowedTenants__0 must still count.
        var json = """{ "BotCommit": { "AllowedTenants": [], "TrustedServiceUrlHosts": [] } }""";
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BotCommit:AllowedTenants:0"] = "t1",
                ["BotCommit:TrustedServiceUrlHosts:0"] = "smba.example.net",
            })
            .Build();
        var options = new BotAuthenticationOptions();

        BotAuthenticationOptions.Bind(configuration, options, isDevelopment: false);

        Assert.Equal(["t1"], options.AllowedTenants);
        Assert.Equal(["smba.example.net"], options.TrustedServiceUrlHosts);
    }

    [Fact]
    public void Bind_Nothing_UsesPublicCloudDefaults()
    {
        var options = new BotAuthenticationOptions();

        BotAuthenticationOptions.Bind(new ConfigurationBuilder().Build(), options, isDevelopment: false);

        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.Issuer);
        Assert.Equal(262_144, options.MaxRequestBodyBytes);
        Assert.False(options.IsAnonymousAllowed);
        Assert.Empty(options.AllowedTenants);
    }

    public static TheoryData<string, Dictionary<string, string?>, bool, string?> ValidationCases => new()
    {
        { "anonymous in Development", new() { ["BotCommit:AllowAnonymous"] = "true" }, true, null },
        { "anonymous asked outside Development", new() { ["BotCommit:AllowAnonymous"] = "true" }, false, "only in the Development environment" },
        { "no app id in Development", new(), true, "MicrosoftAppId is missing" },
        { "no app id in Production", new(), false, "MicrosoftAppId is missing" },
        {
            "complete single-tenant", new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["MicrosoftAppTenantId"] = "t" },
            false, null
        },
        { "single-tenant without tenant", new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p" }, false, "MicrosoftAppTenantId is missing" },
        {
            "multi-tenant without tenant id, with allowed tenants",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["BotCommit:AllowedTenants:0"] = "t1" },
            false, null
        },
        {
            "multi-tenant without allowed tenants outside Development",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p" },
            false, "BotCommit:AllowedTenants"
        },
        {
            "multi-tenant accepting every tenant on purpose",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["BotCommit:AllowAnyTenant"] = "true" },
            false, null
        },
        {
            "multi-tenant without allowed tenants in Development",
            new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p" },
            true, null
        },
        {
            "any tenant asked of a single-tenant app",
            new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["MicrosoftAppTenantId"] = "t", ["BotCommit:AllowAnyTenant"] = "true" },
            false, "applies only to MicrosoftAppType=MultiTenant"
        },
        {
            "any tenant and a list",
            new()
            {
                ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p",
                ["BotCommit:AllowAnyTenant"] = "true", ["BotCommit:AllowedTenants:0"] = "t1",
            },
            false, "contradict"
        },
        { "no password", new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppTenantId"] = "t" }, false, "MicrosoftAppPassword is missing" },
        {
            "unsupported app type", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["MicrosoftAppTenantId"] = "t" },
            false, "not supported"
        },
        {
            "http metadata outside Development",
            new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["MicrosoftAppTenantId"] = "t", ["BotCommit:OpenIdMetadataUrl"] = "http://127.0.0.1:1/x" },
            false, "must use https"
        },
        {
            "wildcard trusted host",
            new() { ["MicrosoftAppId"] = "a", ["MicrosoftAppPassword"] = "p", ["MicrosoftAppTenantId"] = "t", ["BotCommit:TrustedServiceUrlHosts:0"] = "*.trafficmanager.net" },
            false, "exact host name"
        },
    };

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public void Validate_Configuration_AcceptsOrExplains(string because, Dictionary<string, string?> settings, bool isDevelopment, string? expectedFailure)
    {
        var options = new BotAuthenticationOptions();
        BotAuthenticationOptions.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options, isDevelopment);

        var result = new BotAuthenticationOptionsValidator().Validate(null, options);

        if (expectedFailure is null)
        {
            Assert.True(result.Succeeded, because + ": " + result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed, because);
            Assert.Contains(expectedFailure, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, Dictionary<string, string?>, bool, string, bool> TenantAcceptanceCases => new()
    {
        { "single-tenant: own tenant", new() { ["MicrosoftAppTenantId"] = "T" }, false, "t", true },
        { "single-tenant: another tenant", new() { ["MicrosoftAppTenantId"] = "T" }, false, "other", false },
        { "single-tenant: no tenant on the activity", new() { ["MicrosoftAppTenantId"] = "T" }, false, "", false },
        { "single-tenant: a listed tenant", new() { ["MicrosoftAppTenantId"] = "T", ["BotCommit:AllowedTenants"] = "x;y" }, false, "y", true },
        { "multi-tenant: the app tenant id is not a grant", new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = "T", ["BotCommit:AllowedTenants:0"] = "x" }, false, "T", false },
        { "multi-tenant: any tenant", new() { ["MicrosoftAppType"] = "MultiTenant", ["BotCommit:AllowAnyTenant"] = "true" }, false, "whoever", true },
        { "multi-tenant: nothing configured outside Development", new() { ["MicrosoftAppType"] = "MultiTenant" }, false, "whoever", false },
        { "nothing configured in Development (Playground)", new(), true, "00000000-0000-0000-0000-0000000000001", true },
        { "Development with a tenant id", new() { ["MicrosoftAppTenantId"] = "T" }, true, "00000000-0000-0000-0000-0000000000001", false },
    };

    [Theory]
    [MemberData(nameof(TenantAcceptanceCases))]
    public void AcceptsTenant_FollowsTheAppTypeAndTheLists(string because, Dictionary<string, string?> settings, bool isDevelopment, string tenantId, bool expected)
    {
        var options = new BotAuthenticationOptions();
        BotAuthenticationOptions.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options, isDevelopment);

        Assert.True(expected == options.AcceptsTenant(tenantId), because);
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Staging", "true")]
    [InlineData("Development", "false")]
    public async Task StartHost_NoAppIdAndNoDevelopmentAnonymousMode_FailsWithAClearMessage(string environment, string allowAnonymous)
    {
        var settings = new Dictionary<string, string?> { ["BotCommit:AllowAnonymous"] = allowAnonymous };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(settings, environment));

        Assert.Contains("MicrosoftAppId is missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartHost_CompleteProductionConfiguration_StartsWithoutContactingAnyone()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33",
        };

        await using var host = await BotTestHost.StartAsync(settings, "Production");
        using var response = await host.PostAsync("{\"type\":\"message\"}", authorization: null);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
