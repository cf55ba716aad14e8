using BotCommit.Protocol.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// <see cref="IBotTokenProvider"/> over MSAL client credentials (protocol doc 4.1): one confidential client for the
/// process, scope <c>https://api.botframework.com/.default</c>, authority
/// <c>https://login.microsoftonline.com/{MicrosoftAppTenantId}</c> (single-tenant) or <c>…/botframework.com</c>
/// (multi-tenant). MSAL caches the token and renews it before expiry. Returns null without credentials.
/// </summary>
internal sealed class BotTokenProvider : IBotTokenProvider
{
    /// <summary>Scope of Bot Connector tokens.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Authority host of the public cloud.</summary>
    public const string AuthorityHost = "https://login.microsoftonline.com/";

    private static readonly string[] Scopes = [Scope];
    private readonly Lazy<IConfidentialClientApplication?> _application;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> options, IEnumerable<IMsalHttpClientFactory> httpClientFactories)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactories);
        var httpClientFactory = httpClientFactories.LastOrDefault();
        _application = new Lazy<IConfidentialClientApplication?>(
            () => Create(options.Value, httpClientFactory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var application = _application.Value;
        if (application is null)
        {
            return null;
        }

        var result = await application.AcquireTokenForClient(Scopes)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }

    internal static Uri Authority(BotAuthenticationOptions options) => new(
        AuthorityHost + (options.IsMultiTenant ? "botframework.com" : options.MicrosoftAppTenantId));

    private static IConfidentialClientApplication? Create(BotAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory)
    {
        if (options.MicrosoftAppId is null || options.MicrosoftAppPassword is null
            || (!options.IsMultiTenant && options.MicrosoftAppTenantId is null))
        {
            return null;
        }

        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority(options).ToString(), validateAuthority: true)
            .WithInstanceDiscovery(false);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        return builder.Build();
    }
}
