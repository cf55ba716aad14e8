using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Configuration;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Who is an admin: the team's own admins (<see cref="TeamSettings.Admins"/>) and the bootstrap admins of the
/// configuration, who are admins of every team of their own tenant (<see cref="BootstrapAdmin"/>). A team's tenant is
/// <see cref="TeamSettings.TenantId"/>, or <c>MicrosoftAppTenantId</c> for a team stored before tenants were recorded.
/// Entra object ids compare case-insensitively. The actor is always the activity's <c>from.aadObjectId</c>; nothing in
/// card data or text can make someone an admin.
/// </summary>
internal sealed class AdminPolicy
{
    private readonly string? _appTenantId;
    private readonly bool _isDevelopment;
    private readonly bool _firstInstallerBecomesAdmin;

    public AdminPolicy(IOptions<AdminOptions> options, IOptions<BotAuthenticationOptions> bot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        _appTenantId = bot.Value.MicrosoftAppTenantId;
        _isDevelopment = bot.Value.IsDevelopment;
        _firstInstallerBecomesAdmin = options.Value.FirstInstallerBecomesAdmin;

        // Malformed entries stop the host at start (AdminOptionsValidator); here they are simply skipped.
        BootstrapAdmins = options.Value.BootstrapAdmins
            .Where(entry => !string.IsNullOrWhiteSpace(entry))
            .Select(entry => BootstrapAdmin.TryParse(entry, _appTenantId, out var admin, out _) ? admin : null)
            .OfType<BootstrapAdmin>()
            .Where(admin => admin.TenantId is not null || _isDevelopment)
            .ToList();
    }

    public IReadOnlyList<BootstrapAdmin> BootstrapAdmins { get; }

    /// <summary>The tenant a team belongs to, as far as admin rights go.</summary>
    public string? TenantOf(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.TenantId ?? _appTenantId;
    }

    /// <summary>Whether <paramref name="aadObjectId"/> is a bootstrap admin for the teams of <paramref name="tenantId"/>.</summary>
    public bool IsBootstrapAdminIn(string? tenantId, string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && BootstrapAdmins.Any(admin => admin.CoversTenant(tenantId) && SamePerson(admin.ObjectId, aadObjectId));

    public bool IsBootstrapAdminOf(TeamSettings team, string? aadObjectId) => IsBootstrapAdminIn(TenantOf(team), aadObjectId);

    /// <summary>Whether some bootstrap admin covers the team (then its last own admin may be removed).</summary>
    public bool HasBootstrapAdminsFor(TeamSettings team)
    {
        var tenant = TenantOf(team);
        return BootstrapAdmins.Any(admin => admin.CoversTenant(tenant));
    }

    public bool IsAdmin(TeamSettings team, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(team);
        return IsBootstrapAdminOf(team, aadObjectId)
            || (!string.IsNullOrWhiteSpace(aadObjectId) && team.Admins.Any(a => SamePerson(a.Value, aadObjectId)));
    }

    /// <summary>
    /// Whoever adds BotCommit to a team (of <paramref name="tenantId"/>) becomes one of its admins when they are a
    /// bootstrap admin of that tenant; or when <c>BotCommit:FirstInstallerBecomesAdmin=true</c>; or, in Development only,
    /// when no bootstrap admin covers the tenant (a local trial: otherwise nobody could set the team up).
    /// </summary>
    public bool InstallerBecomesAdmin(string? tenantId, string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && (IsBootstrapAdminIn(tenantId, aadObjectId)
            || _firstInstallerBecomesAdmin
            || (_isDevelopment && !BootstrapAdmins.Any(admin => admin.CoversTenant(tenantId))));

    public static bool SamePerson(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
