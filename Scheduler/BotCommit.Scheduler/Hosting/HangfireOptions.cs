namespace BotCommit.Scheduler.Hosting;

/// <summary>
/// Hangfire's infrastructure, bound from the <c>Hangfire</c> section (the connection string from
/// <c>ConnectionStrings:Hangfire</c>). <see cref="SchedulePollingInterval"/> is how often the server looks for
/// due recurring and delayed jobs (small, so the minute tick starts on time); <see cref="ShutdownTimeout"/> is how
/// long stopping waits for running jobs (short: an interrupted tick is simply redone by the next one).
/// </summary>
public sealed class HangfireOptions
{
    public const string SectionName = "Hangfire";

    public HangfireStorageKind Storage { get; set; } = HangfireStorageKind.InMemory;

    /// <summary>From <c>ConnectionStrings:Hangfire</c>; required for <see cref="HangfireStorageKind.PostgreSql"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL schema of Hangfire's tables.</summary>
    public string SchemaName { get; set; } = "hangfire";

    /// <summary>
    /// Create or upgrade the schema at start. Two instances starting at the same instant on an empty database may log
    /// a duplicate-key error from <c>CREATE SCHEMA</c> once; Hangfire retries by itself. Set false where the schema is
    /// created beforehand.
    /// </summary>
    public bool PrepareSchemaIfNecessary { get; set; } = true;

    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Hangfire workers of this instance; the tick fans out inside one worker, so few are needed.</summary>
    public int WorkerCount { get; set; } = 4;
}
