using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Scheduler.Jobs;
using BotCommit.Scheduler.Retention;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotCommit.Scheduler.Hosting;

/// <summary>Registers the schedule: use cases, Hangfire (storage, server, recurring tick) and options.</summary>
public static class SchedulerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the schedule and the domain's background work (<see cref="IBackgroundWork"/>: the late-change job). The host
    /// must also register the Forecasting ports (<c>ITeamSettingsStore</c>, <c>IRosterStore</c>, <c>ISubmissionStore</c>,
    /// <c>IDealStore</c>, <c>IActionLog</c>), the senders <see cref="IRepNotifier"/> and <see cref="ISummaryPublisher"/>,
    /// <c>PostLateChanges</c>, and <see cref="IActivityLogRetention"/> for the daily cleanup. Configuration: <c>Hangfire:Storage</c> = <c>InMemory</c> (default) or
    /// <c>PostgreSql</c> with <c>ConnectionStrings:Hangfire</c>; the <c>Hangfire</c> and <c>Scheduler</c> sections
    /// (<see cref="HangfireOptions"/>, <see cref="SchedulerOptions"/>) are validated at start.
    /// The <see cref="JobStorage"/> is this container's own singleton (not <c>JobStorage.Current</c>), so two hosts in
    /// one process never share jobs; resolve <see cref="IRecurringJobManager"/> and <see cref="IBackgroundJobClient"/>
    /// from DI, never the static APIs.
    /// </summary>
    public static IServiceCollection AddBotCommitScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<HangfireOptions>()
            .Bind(configuration.GetSection(HangfireOptions.SectionName))
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString("Hangfire"))
            .Validate(o => o.Storage is HangfireStorageKind.InMemory or HangfireStorageKind.PostgreSql, "Hangfire:Storage must be InMemory or PostgreSql.")
            .Validate(
                o => o.Storage != HangfireStorageKind.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Hangfire:Storage=PostgreSql needs ConnectionStrings:Hangfire.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SchemaName), "Hangfire:SchemaName must not be blank.")
            .Validate(o => o.SchedulePollingInterval > TimeSpan.Zero && o.SchedulePollingInterval <= TimeSpan.FromSeconds(30), "Hangfire:SchedulePollingInterval must be in (0, 30s].")
            .Validate(o => o.ShutdownTimeout > TimeSpan.Zero && o.ShutdownTimeout <= TimeSpan.FromMinutes(1), "Hangfire:ShutdownTimeout must be in (0, 1 min].")
            .Validate(o => o.WorkerCount is >= 1 and <= 100, "Hangfire:WorkerCount must be 1..100.")
            .ValidateOnStart();

        services.AddOptions<SchedulerOptions>()
            .Bind(configuration.GetSection(SchedulerOptions.SectionName))
            .PostConfigure(o =>
            {
                if (o.DashboardAdmins.Count == 0)
                {
                    foreach (var admin in configuration.GetSection("BotCommit:BootstrapAdmins").Get<string[]>() ?? [])
                    {
                        o.DashboardAdmins.Add(admin);
                    }
                }
            })
            .Validate(o => o.MaxConcurrency is >= 1 and <= ScheduleRunOptions.MaxAllowedConcurrency, "Scheduler:MaxConcurrency must be 1..256.")
            .Validate(o => o.ClaimLease > TimeSpan.Zero && o.ClaimLease <= TimeSpan.FromDays(1), "Scheduler:ClaimLease must be in (0, 1 day].")
            .Validate(o => IsCron(o.TickCron), "Scheduler:TickCron must be a cron expression of 5 or 6 fields.")
            .Validate(o => IsCron(o.ActivityLogCleanupCron), "Scheduler:ActivityLogCleanupCron must be a cron expression of 5 or 6 fields.")
            .Validate(o => o.ActivityLogRetentionDays is >= 1 and <= 30, "Scheduler:ActivityLogRetentionDays must be 1..30.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            return new ScheduleRunOptions { MaxConcurrency = options.MaxConcurrency, ClaimLease = options.ClaimLease };
        });
        services.TryAddTransient<RunScheduleTick>();
        services.TryAddTransient<NudgeNow>();
        services.TryAddTransient<SummaryNow>();
        services.TryAddTransient<ScheduleTickJob>();
        // A factory, so hosts that run no recurring jobs need no IActivityLogRetention; RecurringJobRegistration refuses
        // to start without one when it registers the cleanup.
        services.TryAddTransient(sp => new ActivityLogCleanupJob(
            sp.GetRequiredService<IActivityLogRetention>(),
            sp.GetRequiredService<IOptions<SchedulerOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ActivityLogCleanupJob>>()));
        services.TryAddSingleton<TickGate>();
        services.TryAddSingleton<IBackgroundWork, HangfireBackgroundWork>();

        // Registered before AddHangfire, whose TryAdd would otherwise resolve the process-global JobStorage.Current.
        services.TryAddSingleton<JobStorage>(sp =>
        {
            // Configure Hangfire first (as its own registrations do): it points Hangfire's process-wide log provider
            // at this container's logger factory, which the storage picks up when it is created.
            sp.GetRequiredService<IGlobalConfiguration>();
            return HangfireStorageFactory.Create(sp.GetRequiredService<IOptions<HangfireOptions>>().Value);
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            server.ShutdownTimeout = options.ShutdownTimeout;
            server.WorkerCount = options.WorkerCount;
        });
        services.AddHostedService<RecurringJobRegistration>();
        return services;
    }

    // Hangfire itself rejects a malformed expression when the job is registered; this catches the obvious mistakes early.
    private static bool IsCron(string? cron) =>
        cron is not null && cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 5 or 6;
}
