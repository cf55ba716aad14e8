using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Testing.Teams;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCommit.Bot.Tests.Hosting;

/// <summary>
/// The real host (Program) in memory, in Development with anonymous mode, on real Azurite tables (a unique prefix per
/// host), talking to a fake Teams connector on loopback.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _tablesConnectionString;
    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public BotHost(
        string tablesConnectionString,
        string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null)
    {
        Clock = clock;
        _tablesConnectionString = tablesConnectionString;
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        TablePrefix = "t" + Guid.NewGuid().ToString("N")[..10];
    }

    public string TablePrefix { get; }

    /// <summary>The host's clock when a test fixes it (else the system clock).</summary>
    public TimeProvider? Clock { get; }

    /// <summary>More service changes (e.g. a test double behind a port); set before the host starts.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public static async Task<(BotHost Host, FakeTeamsConnector Connector)> StartAsync(string tablesConnectionString, TimeProvider? clock = null)
    {
        var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        var host = new BotHost(tablesConnectionString, clock: clock);
        _ = host.Server;
        return (host, connector);
    }

    /// <summary>Posts an activity (JSON) to /api/messages, as the Playground does (no Authorization header).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var client = CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);

        // Host settings are visible while Program registers its services (app configuration only once it builds):
        // what the composition root reads eagerly (e.g. Telemetry:Enabled) must come this way.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["BotCommit:AllowAnonymous"] = "true",
                ["ConnectionStrings:Tables"] = _tablesConnectionString,
                ["Storage:TablePrefix"] = TablePrefix,
                ["Logging:LogLevel:Default"] = "Warning",

                // Tests drive the use cases themselves; no background tick with its own clock.
                ["Scheduler:RecurringTick"] = "false",
            };
            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }
}
