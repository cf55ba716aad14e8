using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// A roster member as returned by the member APIs. Teams documents the Entra id as <c>objectId</c> but sends
/// <c>aadObjectId</c>; both are read into <see cref="AadObjectId"/>. Since 2022 email and UPN are usually absent.
/// </summary>
public sealed class TeamsChannelAccount
{
    private string? _aadObjectId;

    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Entra object id, from <c>aadObjectId</c> or, when only that is sent, <c>objectId</c>.</summary>
    public string? AadObjectId
    {
        get => _aadObjectId ?? ReadObjectId();
        set => _aadObjectId = value;
    }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? TenantId { get; set; }

    public string? UserRole { get; set; }

    /// <summary>Fields this model does not know, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    private string? ReadObjectId() =>
        ExtensionData is not null
        && ExtensionData.TryGetValue("objectId", out var objectId)
        && objectId.ValueKind == JsonValueKind.String
            ? objectId.GetString()
            : null;
}
