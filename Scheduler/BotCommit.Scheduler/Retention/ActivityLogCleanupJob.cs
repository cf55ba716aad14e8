using BotCommit.Scheduler.Hosting;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Scheduler.Retention;

/// <summary>
/// The recurring job <see cref="RecurringJobId"/>: deletes the de-duplication records older than
/// <see cref="SchedulerOptions.ActivityLogRetentionDays"/> through <see cref="IActivityLogRetention"/>. Not retried by
/// Hangfire: the next run deletes whatever this one left. Public so a host test can run it against real storage.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
public sealed class ActivityLogCleanupJob
{
    public const string RecurringJobId = "botcommit-activity-log-cleanup";

    /// <summary>Daily at 03:17 UTC (off the hour, when Teams traffic is lowest in most regions).</summary>
    public const string Cron = "17 3 * * *";

    private readonly IActivityLogRetention _log;
    private readonly SchedulerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ActivityLogCleanupJob> _logger;

    public ActivityLogCleanupJob(IActivityLogRetention log, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<ActivityLogCleanupJob> logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _log = log;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <param name="cancellationToken">Supplied by Hangfire (server shutdown); pass <c>CancellationToken.None</c> when registering.</param>
    [JobDisplayName("Inbound activity log cleanup")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var deleted = await _log.DeleteOlderThanAsync(_time.GetUtcNow(), _options.ActivityLogRetentionDays, cancellationToken);
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        Log.ActivityLogCleaned(_logger, deleted, _options.ActivityLogRetentionDays, elapsedMs);
        return deleted;
    }
}
