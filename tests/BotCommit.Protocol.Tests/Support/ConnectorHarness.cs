using System.Collections.Concurrent;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>
/// The outbound side wired exactly as <c>AddBotCommitProtocol</c> wires it (Development, single-tenant credentials),
/// with MSAL against <see cref="FakeMsalHttpClientFactory"/>, a fake clock, a loopback-only request guard, and a
/// <see cref="FakeTeamsConnector"/> whose serviceUrl is already verified.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";
    public const string TenantId = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33";

    private readonly ServiceProvider _services;

    private ConnectorHarness(ServiceProvider services, FakeTeamsConnector teams, ObservableFakeTimeProvider time, FakeMsalHttpClientFactory msal, ConcurrentQueue<(Uri Url, string? Authorization)> sent)
    {
        _services = services;
        Teams = teams;
        Time = time;
        Msal = msal;
        SentRequests = sent;
    }

    public FakeTeamsConnector Teams { get; }

    public ObservableFakeTimeProvider Time { get; }

    public FakeMsalHttpClientFactory Msal { get; }

    /// <summary>Every request that left the connector's HttpClient.</summary>
    public ConcurrentQueue<(Uri Url, string? Authorization)> SentRequests { get; }

    public IServiceProvider Services => _services;

    public IConnectorClient Connector => _services.GetRequiredService<IConnectorClient>();

    public ServiceUrlTrust Trust => _services.GetRequiredService<ServiceUrlTrust>();

    public IConversationReferenceStore Store => _services.GetRequiredService<IConversationReferenceStore>();

    public ProactiveMessenger Messenger => _services.GetRequiredService<ProactiveMessenger>();

    public OutboundThrottle Throttle => _services.GetRequiredService<OutboundThrottle>();

    public Uri ServiceUrl => Teams.ServiceUrl;

    public static async Task<ConnectorHarness> StartAsync(
        IDictionary<string, string?>? extraSettings = null,
        string environmentName = "Development",
        bool verifyServiceUrl = true,
        Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = TenantId,
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new ObservableFakeTimeProvider(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero));
        var msal = new FakeMsalHttpClientFactory();
        var sent = new ConcurrentQueue<(Uri Url, string? Authorization)>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug).AddFakeLogging());
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IMsalHttpClientFactory>(msal);
        services.AddBotCommitProtocol(configuration, new TestHostEnvironment(environmentName));
        services.AddHttpClient<IConnectorClient, ConnectorClient>().AddHttpMessageHandler(() => new OutboundRequestGuard(sent));
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var teams = await FakeTeamsConnector.StartAsync(time, CancellationToken.None);
        var harness = new ConnectorHarness(provider, teams, time, msal, sent);
        if (verifyServiceUrl)
        {
            harness.Trust.MarkVerified(teams.ServiceUrl);
        }

        return harness;
    }

    /// <summary>A verified personal-chat reference on the fake connector.</summary>
    public ConversationReference PersonalReference(string conversationId = "a:1personal-chat", string userId = "29:1rep-alice") => new()
    {
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl.ToString(),
        ServiceUrlVerified = new ServiceUrlVerification { ActivityId = "1764400210456", AtUtc = Time.GetUtcNow() },
        TenantId = TenantId,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", IsGroup = false, TenantId = TenantId },
        Bot = new ChannelAccount { Id = "28:" + AppId, Name = "BotCommit" },
        User = new ChannelAccount { Id = userId, AadObjectId = "6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a", Name = "Alice Rep" },
        State = ConversationReferenceStates.Active,
    };

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        await _services.DisposeAsync();
        Msal.Dispose();
    }
}
