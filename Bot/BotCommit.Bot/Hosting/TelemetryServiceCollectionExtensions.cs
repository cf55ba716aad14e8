using Azure.Monitor.OpenTelemetry.AspNetCore;
using BotCommit.Bot.Turns;
using BotCommit.Forecasting.Telemetry;
using BotCommit.Protocol.Diagnostics;
using BotCommit.Storage.AzureTables.Failures;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BotCommit.Bot.Hosting;

/// <summary>
/// OpenTelemetry, off unless asked for: OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter
/// reads the other <c>OTEL_*</c> settings itself), Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set,
/// both when both are; <c>Telemetry:Enabled=true</c> turns the providers on without an exporter (tests add an in-memory
/// one). What is recorded: BotCommit's own sources and meters (turns, the domain's jobs and deliveries, connector calls,
/// table operations) and ASP.NET Core's server spans and request metrics.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string EnabledKey = "Telemetry:Enabled";
    public const string ServiceName = "BotCommit";

    /// <summary>Every ActivitySource and Meter BotCommit emits on.</summary>
    public static readonly string[] Sources =
        [TurnTelemetry.Name, ForecastingTelemetry.Name, ConnectorTelemetry.Name, StorageTelemetry.Name];

    public static IServiceCollection AddBotCommitTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var azureMonitor = configuration[AzureMonitorKey] is { Length: > 0 } connectionString && !string.IsNullOrWhiteSpace(connectionString)
            ? connectionString
            : null;
        if (!otlp && azureMonitor is null && !configuration.GetValue<bool>(EnabledKey))
        {
            return services; // no listener: StartActivity returns null and instruments record nothing
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Sources);
                if (azureMonitor is null)
                {
                    tracing.AddAspNetCoreInstrumentation();
                }

                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Sources);
                if (azureMonitor is null)
                {
                    metrics.AddAspNetCoreInstrumentation();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });

        if (azureMonitor is not null)
        {
            // The distro adds ASP.NET Core (and HttpClient) instrumentation and its exporters for traces, metrics and logs.
            telemetry.UseAzureMonitor(options => options.ConnectionString = azureMonitor);
        }

        return services;
    }
}
