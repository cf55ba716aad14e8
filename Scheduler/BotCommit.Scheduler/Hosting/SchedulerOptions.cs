namespace BotCommit.Scheduler.Hosting;

/// <summary>
/// The schedule's execution knobs, bound from the <c>Scheduler</c> section: concurrent sends per tick, the claim
/// lease (also the retry delay of a "retry later"), the Entra object ids allowed on the dashboard outside
/// Development (default: <c>BotCommit:BootstrapAdmins</c>), and the cleanup of the inbound activity log.
/// </summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    public int MaxConcurrency { get; set; } = 8;

    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    public IList<string> DashboardAdmins { get; } = [];

    /// <summary>
    /// Whether this instance registers the recurring jobs (the tick and the daily activity log cleanup). Off in host tests
    /// that drive the use cases themselves; on everywhere else (several instances may all register them: Hangfire runs a
    /// recurring job once per slot).
    /// </summary>
    public bool RecurringTick { get; set; } = true;

    /// <summary>Cron of the tick (UTC). Every minute by default; the multi-instance test ticks every few seconds.</summary>
    public string TickCron { get; set; } = Jobs.ScheduleTickJob.Cron;

    /// <summary>Cron (UTC) of the cleanup of the inbound activity log (de-duplication records). Daily by default.</summary>
    public string ActivityLogCleanupCron { get; set; } = Retention.ActivityLogCleanupJob.Cron;

    /// <summary>
    /// Whole UTC days of de-duplication records kept before the current one (Teams redelivers within minutes; a few days
    /// leave room for a long outage). 1..30.
    /// </summary>
    public int ActivityLogRetentionDays { get; set; } = 3;
}
