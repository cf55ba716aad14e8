using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BotCommit.Testing.Teams;

/// <summary>
/// A locally generated RSA signing key as the Bot Framework publishes it: JWK with <c>kid</c>, <c>n</c>, <c>e</c> and an
/// <c>endorsements</c> array (omitted when <see cref="Endorsements"/> is null).
/// </summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public FakeSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = RSA.Create(2048);
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key as the SubjectPublicKeyInfo DER bytes (used for the HS256 key-confusion attack).</summary>
    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public static FakeSigningKey Teams(string keyId) => new(keyId, ["msteams"]);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(endorsement => (JsonNode?)JsonValue.Create(endorsement)).ToArray());
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
