using System.Collections.Concurrent;
using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Default <see cref="IServiceUrlTrust"/>. Hosts are compared exactly (never by suffix: anyone can register a name under
/// <c>trafficmanager.net</c>). Verified serviceUrls are remembered in memory; on a miss the conversation's stored
/// reference is consulted.
/// </summary>
internal sealed class ServiceUrlTrust(
    IOptions<BotAuthenticationOptions> options,
    IConversationReferenceStore referenceStore) : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _verified = new(StringComparer.Ordinal);

    public bool IsAllowedHost(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        var settings = options.Value;
        if (serviceUrl.IsLoopback)
        {
            return settings.IsDevelopment
                && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps);
        }

        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.IdnHost;
        return BotAuthenticationOptions.BuiltInTrustedServiceUrlHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
            || settings.TrustedServiceUrlHosts.Contains(host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Called by the endpoint for every authenticated activity (its serviceUrl matched the token claim).</summary>
    public void MarkVerified(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (IsAllowedHost(serviceUrl))
        {
            _verified.TryAdd(Normalise(serviceUrl), 0);
        }
    }

    public bool TrustVerifiedReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ServiceUrlVerified is null
            || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || !IsAllowedHost(serviceUrl))
        {
            return false;
        }

        _verified.TryAdd(Normalise(serviceUrl), 0);
        return true;
    }

    public async Task EnsureTrustedAsync(Uri serviceUrl, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!IsAllowedHost(serviceUrl))
        {
            throw new UntrustedServiceUrlException(
                $"The serviceUrl host '{serviceUrl.Host}' ({serviceUrl.Scheme}) is not on the connector allow-list.");
        }

        // The Agents Playground sends no token, so in Development anonymous mode its loopback connector is trusted as is.
        if (serviceUrl.IsLoopback && options.Value.IsAnonymousAllowed)
        {
            return;
        }

        var key = Normalise(serviceUrl);
        if (_verified.ContainsKey(key))
        {
            return;
        }

        if (conversationId is not null)
        {
            var reference = await referenceStore.GetForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (reference?.ServiceUrlVerified is not null
                && Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var stored)
                && string.Equals(Normalise(stored), key, StringComparison.Ordinal))
            {
                _verified.TryAdd(key, 0);
                return;
            }
        }

        throw new UntrustedServiceUrlException(
            "The serviceUrl was not verified by an authenticated activity or a verified conversation reference.");
    }

    internal static string Normalise(Uri serviceUrl)
    {
        var path = serviceUrl.AbsolutePath.EndsWith('/') ? serviceUrl.AbsolutePath : serviceUrl.AbsolutePath + "/";
        return string.Concat(serviceUrl.Scheme, "://", serviceUrl.IdnHost.ToLowerInvariant(), ":",
            serviceUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), path);
    }
}
