using BotCommit.Scheduler.Jobs;
using BotCommit.Scheduler.Retention;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Scheduler.Hosting;

/// <summary>
/// Registers (or updates) the recurring jobs at start through the DI <see cref="IRecurringJobManager"/>: the schedule's
/// tick (<see cref="ScheduleTickJob.Cron"/>) and the activity log cleanup (<see cref="ActivityLogCleanupJob.Cron"/>), with
/// the time zone set explicitly to UTC (the domain handles every zone). Idempotent: each instance may register them;
/// Hangfire keeps one of each. It also creates the job client up front: Hangfire's log provider is process-wide, and a
/// client created later (at the first background job) could meet the logger factory of another host in the same process
/// that has since stopped (tests run several).
/// </summary>
internal sealed class RecurringJobRegistration : IHostedService
{
    private readonly IRecurringJobManager _recurringJobs;
    private readonly IOptions<HangfireOptions> _options;
    private readonly IOptions<SchedulerOptions> _scheduler;
    private readonly ILogger<RecurringJobRegistration> _logger;
    private readonly IServiceProviderIsService _services;

    public RecurringJobRegistration(
        IRecurringJobManager recurringJobs,
        IBackgroundJobClient jobs,
        IOptions<HangfireOptions> options,
        IOptions<SchedulerOptions> scheduler,
        ILogger<RecurringJobRegistration> logger,
        IServiceProviderIsService services)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        _recurringJobs = recurringJobs;
        _options = options;
        _scheduler = scheduler;
        _logger = logger;
        _services = services;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.StorageSelected(_logger, _options.Value.Storage);
        if (!_scheduler.Value.RecurringTick)
        {
            _recurringJobs.RemoveIfExists(ScheduleTickJob.RecurringJobId);
            _recurringJobs.RemoveIfExists(ActivityLogCleanupJob.RecurringJobId);
            return Task.CompletedTask;
        }

        if (!_services.IsService(typeof(IActivityLogRetention)))
        {
            throw new InvalidOperationException(
                "The daily activity log cleanup needs an IActivityLogRetention registration (the host's de-duplication store).");
        }

        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        var cron = _scheduler.Value.TickCron;
        _recurringJobs.AddOrUpdate<ScheduleTickJob>(ScheduleTickJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), cron, utc);
        Log.RecurringJobRegistered(_logger, ScheduleTickJob.RecurringJobId, cron, TimeZoneInfo.Utc.Id);

        var cleanupCron = _scheduler.Value.ActivityLogCleanupCron;
        _recurringJobs.AddOrUpdate<ActivityLogCleanupJob>(
            ActivityLogCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), cleanupCron, utc);
        Log.RecurringJobRegistered(_logger, ActivityLogCleanupJob.RecurringJobId, cleanupCron, TimeZoneInfo.Utc.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
