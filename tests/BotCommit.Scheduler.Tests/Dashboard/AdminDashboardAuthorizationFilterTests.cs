using System.Net;
using System.Security.Claims;
using BotCommit.Scheduler.Dashboard;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Scheduler.Tests.Dashboard;

public sealed class AdminDashboardAuthorizationFilterTests
{
    private const string Admin = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Tenant = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33";

    // The filter never touches the storage; the dashboard context just needs one.
    private static readonly JobStorage s_storage = new InMemoryStorage();

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]   // IPv4 loopback seen through a dual-stack socket
    [InlineData("10.0.0.5", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData(null, false)]                // no remote address (TestServer): refused
    public void Authorize_Development_AllowsOnlyLoopback(string? remote, bool allowed)
    {
        var filter = new AdminDashboardAuthorizationFilter(isDevelopment: true, []);
        var http = Request(remote, user: null);

        Assert.Equal(allowed, filter.Authorize(DashboardContextFor(http)));
    }

    [Fact]
    public void Authorize_DevelopmentEvenForAnAdmin_RefusesANonLoopbackRequest()
    {
        var filter = new AdminDashboardAuthorizationFilter(isDevelopment: true, [Admin]);
        var http = Request("203.0.113.9", User("oid", Admin));

        Assert.False(filter.Authorize(DashboardContextFor(http)));
    }

    public static TheoryData<string, ClaimsPrincipal?, bool> ProductionRows => new()
    {
        { "127.0.0.1", null, false },                                                     // loopback alone is not trusted (proxies)
        { "203.0.113.9", User("oid", Admin), true },
        { "203.0.113.9", User("http://schemas.microsoft.com/identity/claims/objectidentifier", Admin.ToUpperInvariant()), true },
        { "203.0.113.9", User("oid", "bbbbbbbb-0000-0000-0000-000000000002"), false },  // signed in, not an admin
        { "203.0.113.9", new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", Admin)])), false }, // claim without authentication
    };

    [Theory]
    [MemberData(nameof(ProductionRows))]
    public void Authorize_Production_RequiresAnAuthenticatedAdmin(string remote, ClaimsPrincipal? user, bool allowed)
    {
        var filter = new AdminDashboardAuthorizationFilter(isDevelopment: false, [Admin, " "]);

        Assert.Equal(allowed, filter.Authorize(DashboardContextFor(Request(remote, user))));
    }

    public static TheoryData<string, ClaimsPrincipal, bool> TenantBoundRows => new()
    {
        { "admin of the bound tenant", User(("oid", Admin), ("tid", Tenant)), true },
        { "same object id, tenant claim under its URI", User(("oid", Admin), ("http://schemas.microsoft.com/identity/claims/tenantid", Tenant.ToUpperInvariant())), true },
        { "same object id, another tenant", User(("oid", Admin), ("tid", "cccccccc-0000-0000-0000-000000000003")), false },
        { "same object id, no tenant claim", User(("oid", Admin)), false },
    };

    [Theory]
    [MemberData(nameof(TenantBoundRows))]
    public void Authorize_Production_TenantBoundEntryNeedsTheTenantClaim(string because, ClaimsPrincipal user, bool allowed)
    {
        var filter = new AdminDashboardAuthorizationFilter(isDevelopment: false, [Tenant + "/" + Admin]);

        Assert.True(allowed == filter.Authorize(DashboardContextFor(Request("203.0.113.9", user))), because);
    }

    private static DefaultHttpContext Request(string? remote, ClaimsPrincipal? user)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);
        if (user is not null)
        {
            http.User = user;
        }

        return http;
    }

    private static AspNetCoreDashboardContext DashboardContextFor(HttpContext http) => new(s_storage, new DashboardOptions(), http);

    private static ClaimsPrincipal User(string claimType, string objectId) => User((claimType, objectId));

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(claim => new Claim(claim.Type, claim.Value)), authenticationType: "Test"));
}
