using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotCommit.Testing.Teams;

/// <summary>Mints channel tokens (and broken ones) the way the Bot Framework signs them, with local keys.</summary>
public static class ChannelTokenMinter
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A signed token; defaults: issued and valid from 1 minute before <see cref="ChannelTokenRequest.Now"/>, expiring 1 hour after.</summary>
    public static string Mint(FakeSigningKey key, ChannelTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(request);
        var notBefore = request.NotBefore ?? request.Now.AddMinutes(-1);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (request.ServiceUrl is not null)
        {
            claims["serviceurl"] = request.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (request.Expires ?? request.Now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, request.Algorithm),
        };
        return Handler.CreateToken(descriptor);
    }

    /// <summary>An unsigned token with header <c>{"alg":"none"}</c> and the given claims.</summary>
    public static string MintUnsigned(string keyId, ChannelTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}""";
        var payload = Payload(request);
        return Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload) + ".";
    }

    /// <summary>The key-confusion attack: HS256 with the RSA public key's bytes as the HMAC secret and the RSA key's kid.</summary>
    public static string MintHmacWithPublicKey(FakeSigningKey key, ChannelTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(request);
        var header = $$"""{"alg":"HS256","typ":"JWT","kid":"{{key.KeyId}}"}""";
        var signingInput = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(Payload(request));
        using var hmac = new System.Security.Cryptography.HMACSHA256(key.PublicKeyBytes);
        var signature = hmac.ComputeHash(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>Changes one character of the signature so it no longer verifies.</summary>
    public static string TamperSignature(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var lastDot = token.LastIndexOf('.');
        var signature = token[(lastDot + 1)..].ToCharArray();
        signature[signature.Length / 2] = signature[signature.Length / 2] == 'A' ? 'B' : 'A';
        return token[..(lastDot + 1)] + new string(signature);
    }

    /// <summary>Changes the payload (audience and all) while keeping the original signature.</summary>
    public static string TamperPayload(string token, ChannelTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(request);
        var parts = token.Split('.');
        return parts[0] + "." + Base64UrlEncoder.Encode(Payload(request)) + "." + parts[2];
    }

    private static string Payload(ChannelTokenRequest request)
    {
        var payload = new System.Text.Json.Nodes.JsonObject
        {
            ["iss"] = request.Issuer,
            ["aud"] = request.Audience,
            ["serviceurl"] = request.ServiceUrl,
            ["nbf"] = (request.NotBefore ?? request.Now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (request.Expires ?? request.Now.AddHours(1)).ToUnixTimeSeconds(),
        };
        foreach (var name in payload.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            payload.Remove(name);
        }

        return payload.ToJsonString();
    }
}
