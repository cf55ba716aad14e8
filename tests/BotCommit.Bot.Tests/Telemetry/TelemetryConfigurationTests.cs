using System.Net;
using BotCommit.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BotCommit.Bot.Tests.Telemetry;

/// <summary>
/// Which settings turn OpenTelemetry on: none (off: no tracer or meter provider at all), the standard OTLP endpoint,
/// the Application Insights connection string (the Azure Monitor distro), or both; the host starts and answers in each
/// case (nothing listens on the endpoints given: export failures must not stop the bot).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class TelemetryConfigurationTests(AzuriteFixture azurite)
{
    private const string AzureMonitor = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    [Fact]
    public async Task NoSetting_NoProviders()
    {
        await using var host = new BotHost(azurite.ConnectionString);
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9", null)]
    [InlineData(null, AzureMonitor)]
    [InlineData("http://127.0.0.1:9", AzureMonitor)]
    public async Task OtlpOrAzureMonitor_TurnTracingAndMetricsOn(string? otlp, string? applicationInsights)
    {
        var settings = new Dictionary<string, string?>();
        if (otlp is not null)
        {
            settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }

        if (applicationInsights is not null)
        {
            settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] = applicationInsights;
        }

        await using var host = new BotHost(azurite.ConnectionString, settings: settings);
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }
}
