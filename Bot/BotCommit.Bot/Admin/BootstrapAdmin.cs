namespace BotCommit.Bot.Admin;

/// <summary>
/// One entry of <c>BotCommit:BootstrapAdmins</c>: <c>objectId</c> (an admin of the teams of <c>MicrosoftAppTenantId</c>)
/// or <c>tenantId/objectId</c> (an admin of that tenant's teams). <see cref="TenantId"/> is null only for a plain entry
/// without <c>MicrosoftAppTenantId</c>, which the host accepts in Development only (any tenant's teams there).
/// </summary>
internal sealed record BootstrapAdmin(string? TenantId, string ObjectId)
{
    private const char Separator = '/';

    /// <summary>Reads an entry; false with a reason for an empty part or more than one <c>/</c>.</summary>
    public static bool TryParse(string entry, string? defaultTenantId, out BootstrapAdmin? admin, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(entry);
        admin = null;
        problem = null;
        var parts = entry.Trim().Split(Separator);
        if (parts.Length > 2 || parts.Any(part => part.Trim().Length == 0))
        {
            problem = $"BotCommit:BootstrapAdmins entry '{entry}' must be an Entra object id or 'tenantId/objectId'.";
            return false;
        }

        admin = parts.Length == 2
            ? new BootstrapAdmin(parts[0].Trim(), parts[1].Trim())
            : new BootstrapAdmin(string.IsNullOrWhiteSpace(defaultTenantId) ? null : defaultTenantId.Trim(), parts[0].Trim());
        return true;
    }

    /// <summary>Whether this entry grants admin rights on the teams of <paramref name="tenantId"/>.</summary>
    public bool CoversTenant(string? tenantId) =>
        TenantId is null || (tenantId is not null && string.Equals(TenantId, tenantId.Trim(), StringComparison.OrdinalIgnoreCase));
}
