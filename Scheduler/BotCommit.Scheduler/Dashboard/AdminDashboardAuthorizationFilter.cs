using System.Net;
using System.Security.Claims;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace BotCommit.Scheduler.Dashboard;

/// <summary>
/// Who may open the Hangfire dashboard. In Development: only requests from a loopback address (the developer's own
/// browser; a request with no remote address, such as TestServer's, is refused). Elsewhere: only an authenticated
/// user whose Entra object id (claim <c>oid</c> or
/// <c>http://schemas.microsoft.com/identity/claims/objectidentifier</c>) is in the admin list — an entry
/// <c>tenantId/objectId</c> (the form of <c>BotCommit:BootstrapAdmins</c>) also needs the tenant claim (<c>tid</c> or
/// <c>http://schemas.microsoft.com/identity/claims/tenantid</c>) to match; loopback is not
/// trusted there (a reverse proxy makes every request look local). The host must therefore put an authentication
/// scheme (e.g. Entra ID sign-in or App Service authentication) in front of the dashboard path; without one,
/// production refuses everybody, which is the safe default.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    private const string ObjectIdClaim = "oid";
    private const string ObjectIdClaimUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string TenantIdClaim = "tid";
    private const string TenantIdClaimUri = "http://schemas.microsoft.com/identity/claims/tenantid";

    private readonly bool _isDevelopment;
    private readonly List<(string? TenantId, string ObjectId)> _admins;

    /// <param name="isDevelopment">True in the Development environment: loopback only.</param>
    /// <param name="adminObjectIds">Entra object ids (<c>objectId</c> or <c>tenantId/objectId</c>) allowed outside Development.</param>
    public AdminDashboardAuthorizationFilter(bool isDevelopment, IEnumerable<string> adminObjectIds)
    {
        ArgumentNullException.ThrowIfNull(adminObjectIds);
        _isDevelopment = isDevelopment;
        _admins = adminObjectIds
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => id.Trim().Split('/'))
            .Where(parts => parts.Length <= 2)
            .Select(parts => parts.Length == 2 ? ((string?)parts[0].Trim(), parts[1].Trim()) : (null, parts[0].Trim()))
            .ToList();
    }

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsAllowed(context.GetHttpContext());
    }

    /// <summary>The rule above, on the request itself.</summary>
    public bool IsAllowed(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (_isDevelopment)
        {
            return IsLoopback(httpContext.Connection.RemoteIpAddress);
        }

        var user = httpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var objectId = user.FindFirstValue(ObjectIdClaim) ?? user.FindFirstValue(ObjectIdClaimUri);
        var tenantId = user.FindFirstValue(TenantIdClaim) ?? user.FindFirstValue(TenantIdClaimUri);
        return objectId is not null && _admins.Any(admin =>
            string.Equals(admin.ObjectId, objectId, StringComparison.OrdinalIgnoreCase)
            && (admin.TenantId is null || string.Equals(admin.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
