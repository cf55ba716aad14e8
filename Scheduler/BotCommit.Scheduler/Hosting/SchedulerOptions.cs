namespace BotCommit.Scheduler.Hosting;

/// <summary>
/// The schedule's execution knobs, bound from the <c>Scheduler</c> section: concurrent sends per tick, the claim
/// lease (also the retry delay of a "retry later"), and the Entra object ids allowed on the dashboard outside
/// Development (default: <c>BotCommit:BootstrapAdmins</c>).
/// </summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    public int MaxConcurrency { get; set; } = 8;

    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    public IList<string> DashboardAdmins { get; } = [];

    /// <summary>
    /// Whether this instance registers the recurring tick. Off in host tests that drive the use cases themselves; on
    /// everywhere else (several instances may all register it: Hangfire runs a recurring job once per slot).
    /// </summary>
    public bool RecurringTick { get; set; } = true;

    /// <summary>Cron of the tick (UTC). Every minute by default; the multi-instance test ticks every few seconds.</summary>
    public string TickCron { get; set; } = Jobs.ScheduleTickJob.Cron;
}
