using BotCommit.Protocol.Authentication;
using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotCommit.Protocol.Hosting;

/// <summary>Registers the protocol layer: options, inbound validation, endpoint, connector client, token provider, stores.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// IdentityModel 8 refreshes metadata in the background by default, so a refresh requested for an unknown key id
    /// would only help the next request. This switch makes the requested refresh happen in the current call.
    /// </summary>
    public const string UpdateConfigAsBlockingSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    /// <summary>Name of the HttpClient that fetches the channel's OpenID metadata and keys.</summary>
    public const string MetadataHttpClientName = "BotCommit.Protocol.OpenIdMetadata";

    /// <summary>
    /// Adds the Bot Framework protocol layer. Reads <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>,
    /// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c> and the <c>BotCommit</c> section; validates them at
    /// start (a missing app id stops the host unless <c>BotCommit:AllowAnonymous=true</c> in Development).
    /// Defaults registered with TryAdd so the host can replace them: <see cref="TimeProvider"/>,
    /// <see cref="IConversationReferenceStore"/>, <see cref="IActivityDeduplicator"/>, <see cref="IBotTokenProvider"/>
    /// (replacements must be singletons or transients, never scoped: the endpoint and trust policy are singletons).
    /// The host must register its <see cref="IBot"/> (resolved per request, any lifetime).
    /// </summary>
    public static IServiceCollection AddBotCommitProtocol(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var isDevelopment = environment.IsDevelopment();

        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options => BotAuthenticationOptions.Bind(configuration, options, isDevelopment))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(
                options => options.GlobalPermitsPerSecond > 0 && options.ConversationPermitsPerSecond > 0
                    && options.ConversationPermitsPerWindow > 0 && options.ConversationWindow >= TimeSpan.FromSeconds(1)
                    && options.ConversationWindow.Ticks % TimeSpan.TicksPerSecond == 0
                    && options.MaxAttempts > 0 && options.QueueLimit >= 0,
                "BotCommit:Connector limits must be positive and ConversationWindow whole seconds.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<IServiceUrlTrust>(provider => provider.GetRequiredService<ServiceUrlTrust>());
        services.TryAddSingleton<OutboundThrottle>();
        services.TryAddSingleton<ConnectorResilience>();
        services.TryAddSingleton<IOutboundAttemptObserver, NoOutboundAttemptObserver>();
        services.TryAddSingleton<InvokeResponseCache>();
        services.TryAddSingleton<BotEndpoint>();
        services.TryAddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        // Transient: it holds the typed connector client, whose handler IHttpClientFactory rotates.
        services.TryAddTransient<ProactiveMessenger>();

        services.AddHttpClient(MetadataHttpClientName);
        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClientName);

            // Plain http metadata is only for the local fake in Development/tests (options validation enforces https elsewhere).
            var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !options.IsDevelopment };
            AppContext.SetSwitch(UpdateConfigAsBlockingSwitch, isEnabled: true);
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                options.OpenIdMetadataUrl.ToString(), new OpenIdConnectConfigurationRetriever(), retriever);
        });

        services.AddHttpClient<IConnectorClient, ConnectorClient>();
        return services;
    }
}
