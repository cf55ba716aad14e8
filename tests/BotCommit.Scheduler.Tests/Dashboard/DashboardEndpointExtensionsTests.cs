using System.Net;
using BotCommit.Scheduler.Dashboard;
using BotCommit.Scheduler.Hosting;
using BotCommit.Scheduler.Tests.Hosting;
using BotCommit.Testing.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static BotCommit.Testing.Scheduling.ScheduleWorld;

namespace BotCommit.Scheduler.Tests.Dashboard;

/// <summary>The dashboard over real Kestrel on 127.0.0.1 (TestServer has no remote address).</summary>
[Collection(HangfireSerial.Name)]
public sealed class DashboardEndpointExtensionsTests
{
    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]           // loopback in Development
    [InlineData("Production", HttpStatusCode.Unauthorized)]  // nobody signed in
    public async Task MapBotCommitDashboard_RequestFromLoopback_DependsOnTheEnvironment(string environment, HttpStatusCode expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        SchedulerHost.AddWorld(builder.Services, new ScheduleWorld(Utc(2026, 11, 29, 15)));
        builder.Services.AddBotCommitScheduler(builder.Configuration);
        await using var app = builder.Build();
        app.MapBotCommitDashboard();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync(new Uri(DashboardEndpointExtensions.DefaultPath, UriKind.Relative));
        await app.StopAsync();

        Assert.Equal(expected, response.StatusCode);
    }
}
