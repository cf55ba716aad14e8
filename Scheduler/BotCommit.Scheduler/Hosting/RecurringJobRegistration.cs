using BotCommit.Scheduler.Jobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Scheduler.Hosting;

/// <summary>
/// Registers (or updates) the schedule's recurring job at start through the DI <see cref="IRecurringJobManager"/>:
/// <see cref="ScheduleTickJob.Cron"/> with the time zone set explicitly to UTC (the domain handles every zone).
/// Idempotent: each instance may register it; Hangfire keeps one. It also creates the job client up front: Hangfire's
/// log provider is process-wide, and a client created later (at the first background job) could meet the logger factory
/// of another host in the same process that has since stopped (tests run several).
/// </summary>
internal sealed class RecurringJobRegistration : IHostedService
{
    private readonly IRecurringJobManager _recurringJobs;
    private readonly IOptions<HangfireOptions> _options;
    private readonly IOptions<SchedulerOptions> _scheduler;
    private readonly ILogger<RecurringJobRegistration> _logger;

    public RecurringJobRegistration(
        IRecurringJobManager recurringJobs,
        IBackgroundJobClient jobs,
        IOptions<HangfireOptions> options,
        IOptions<SchedulerOptions> scheduler,
        ILogger<RecurringJobRegistration> logger)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        _recurringJobs = recurringJobs;
        _options = options;
        _scheduler = scheduler;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.StorageSelected(_logger, _options.Value.Storage);
        if (!_scheduler.Value.RecurringTick)
        {
            _recurringJobs.RemoveIfExists(ScheduleTickJob.RecurringJobId);
            return Task.CompletedTask;
        }

        var cron = _scheduler.Value.TickCron;
        _recurringJobs.AddOrUpdate<ScheduleTickJob>(
            ScheduleTickJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        Log.RecurringJobRegistered(_logger, ScheduleTickJob.RecurringJobId, cron, TimeZoneInfo.Utc.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
