using System.Text.Json;
using BotCommit.Protocol.Configuration;
using BotCommit.Protocol.Diagnostics;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotCommit.Protocol.Authentication;

/// <summary>
/// Channel token rules (protocol doc 3.3): issuer pre-filter, signing key by <c>kid</c> from the OpenID metadata
/// (one metadata refresh on an unknown kid, rate-limited by the configuration manager), RS256/384/512 signature,
/// lifetime with 5 minutes skew, issuer, audience = MicrosoftAppId, the key's <c>endorsements</c> containing the
/// activity's channelId (no endorsements → reject, the .NET SDK rule), and claim <c>serviceurl</c> equal to
/// <c>activity.serviceUrl</c> (case-insensitive, as the SDK compares).
/// </summary>
internal sealed class ChannelTokenValidator(
    IConfigurationManager<OpenIdConnectConfiguration> configurationManager,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider timeProvider) : IChannelTokenValidator
{
    /// <summary>Accepted signing algorithms.</summary>
    public static readonly IReadOnlyList<string> ValidAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Allowed clock skew for <c>exp</c>/<c>nbf</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<ChannelTokenValidationResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        if (settings.MicrosoftAppId is null)
        {
            return ChannelTokenValidationResult.Invalid("no MicrosoftAppId is configured, so no token can be validated");
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException exception)
        {
            return ChannelTokenValidationResult.Invalid("malformed token: " + exception.GetType().Name);
        }

        if (!string.Equals(jwt.Issuer, settings.Issuer, StringComparison.Ordinal))
        {
            return ChannelTokenValidationResult.Invalid("issuer not allowed");
        }

        if (!ValidAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return ChannelTokenValidationResult.Invalid("algorithm not allowed: " + LogValue.Clean(jwt.Alg, 16));
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return ChannelTokenValidationResult.Invalid("token has no kid");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            return ChannelTokenValidationResult.MetadataUnavailable(exception.GetType().Name);
        }

        var key = FindKey(configuration, jwt.Kid);
        if (key is null)
        {
            // Key rollover: refresh once. The manager honours RequestRefresh the first time and then at most once per
            // RefreshInterval (5 min); with UpdateConfigAsBlocking the next GetConfigurationAsync fetches synchronously.
            configurationManager.RequestRefresh();
            try
            {
                configuration = await configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException exception)
            {
                return ChannelTokenValidationResult.MetadataUnavailable(exception.GetType().Name);
            }

            key = FindKey(configuration, jwt.Kid);
            if (key is null)
            {
                return ChannelTokenValidationResult.Invalid("unknown signing key id");
            }
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.MicrosoftAppId,
            ValidAlgorithms = ValidAlgorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = false,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,

            // IdentityModel's own clock is not injectable (its TimeProvider is internal), so lifetime uses ours.
            LifetimeValidator = IsWithinLifetime,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return ChannelTokenValidationResult.Invalid("token rejected: " + (result.Exception?.GetType().Name ?? "unknown"));
        }

        var endorsements = ReadEndorsements(key);
        if (endorsements.Count == 0)
        {
            return ChannelTokenValidationResult.Invalid("signing key has no endorsements");
        }

        if (string.IsNullOrEmpty(activity.ChannelId)
            || !endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return ChannelTokenValidationResult.Invalid("signing key is not endorsed for the activity's channel");
        }

        var serviceUrlClaim = result.Claims.TryGetValue(ServiceUrlClaim, out var claim) ? claim as string : null;
        if (string.IsNullOrEmpty(serviceUrlClaim))
        {
            return ChannelTokenValidationResult.Invalid("token has no serviceurl claim");
        }

        if (!string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelTokenValidationResult.Invalid("serviceurl claim does not match the activity's serviceUrl");
        }

        return ChannelTokenValidationResult.Valid(result.ClaimsIdentity);
    }

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } validFrom && (validFrom > expires.Value || validFrom - ClockSkew > now))
        {
            return false;
        }

        return expires.Value + ClockSkew >= now;
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(key => string.Equals(key.Kid, kid, StringComparison.Ordinal));

    private static List<string> ReadEndorsements(JsonWebKey key)
    {
        var endorsements = new List<string>();
        if (!key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
        {
            return endorsements;
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
                    {
                        endorsements.Add(text);
                    }
                }

                break;
            case IEnumerable<object> items:
                endorsements.AddRange(items.OfType<string>());
                break;
        }

        return endorsements;
    }
}
