using System.Text.Json;
using BotCommit.Storage.AzureTables;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotCommit.Bot.Hosting;

/// <summary>
/// <c>/readyz</c>: whether this instance can do its work now — Table Storage answers (and holds BotCommit's tables) and
/// the Hangfire storage answers. 200 when both do; 503 naming the failing part otherwise. <c>/healthz</c> stays plain
/// liveness (the process serves HTTP), so an orchestrator restarts a stuck process but only takes a healthy one out of
/// rotation while its storage is away. Each probe has its own short timeout; the answer says which part failed and how
/// (timeout or the exception's type), never a connection string or message text.
/// </summary>
internal static class ReadinessChecks
{
    public const string Tag = "ready";
    public const string TableStorage = "table-storage";
    public const string HangfireStorage = "hangfire-storage";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddBotCommitReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<TableStorageProbe>(TableStorage, HealthStatus.Unhealthy, [Tag])
            .AddCheck<HangfireStorageProbe>(HangfireStorage, HealthStatus.Unhealthy, [Tag]);
        return services;
    }

    public static WebApplication MapBotCommitReadiness(this WebApplication app, string path)
    {
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Tag),
            ResponseWriter = WriteAsync,
            AllowCachingResponses = false,
        });
        return app;
    }

    /// <summary><c>{"status":"unhealthy","failing":["table-storage"],"checks":{"table-storage":"unhealthy: timeout",...}}</c>.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(
            e => e.Key,
            e => e.Value.Status == HealthStatus.Healthy ? "healthy" : "unhealthy: " + (e.Value.Description ?? "failed"),
            StringComparer.Ordinal);
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status == HealthStatus.Healthy ? "ready" : "unhealthy",
            ["failing"] = failing,
            ["checks"] = checks,
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }

    private static async Task<HealthCheckResult> ProbeAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe(timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("timeout");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("unreachable (" + exception.GetType().Name + ")");
        }
    }

    private sealed class TableStorageProbe(AzureTablesStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            ProbeAsync(storage.PingAsync, cancellationToken);
    }

    /// <summary>Reads the recurring-job set: one cheap query on PostgreSQL, a lookup in memory.</summary>
    private sealed class HangfireStorageProbe(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            ProbeAsync(token => Task.Run(() =>
            {
                using var connection = storage.GetConnection();
                connection.GetAllItemsFromSet("recurring-jobs");
            }, CancellationToken.None), cancellationToken);
    }
}
