using BotCommit.Scheduler.Hosting;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotCommit.Scheduler.Dashboard;

/// <summary>Maps the Hangfire dashboard for admins only (see <see cref="AdminDashboardAuthorizationFilter"/>).</summary>
public static class DashboardEndpointExtensions
{
    public const string DefaultPath = "/hangfire";

    /// <summary>
    /// Maps the dashboard at <paramref name="pattern"/> on this host's own <see cref="JobStorage"/> (from DI), with the
    /// admin filter built from the environment and <see cref="SchedulerOptions.DashboardAdmins"/>. Call after
    /// <c>AddBotCommitScheduler</c>; add authentication before it if the dashboard must open outside Development.
    /// </summary>
    public static IEndpointConventionBuilder MapBotCommitDashboard(this IEndpointRouteBuilder endpoints, string pattern = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var options = services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        var dashboard = new DashboardOptions
        {
            DashboardTitle = "BotCommit schedule",
            Authorization = [new AdminDashboardAuthorizationFilter(environment.IsDevelopment(), options.DashboardAdmins)],
            DisplayStorageConnectionString = false,
        };
        return endpoints.MapHangfireDashboard(pattern, dashboard, services.GetRequiredService<JobStorage>());
    }
}
