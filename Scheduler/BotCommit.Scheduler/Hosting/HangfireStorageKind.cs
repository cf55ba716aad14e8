namespace BotCommit.Scheduler.Hosting;

/// <summary>Where Hangfire keeps its jobs (<c>Hangfire:Storage</c>). Persist/configure by name.</summary>
public enum HangfireStorageKind
{
    Unknown = 0,

    /// <summary>In process: one instance only (safe, since every tick rebuilds what is due from the tables).</summary>
    InMemory = 1,

    /// <summary>A shared PostgreSQL database (<c>ConnectionStrings:Hangfire</c>): several instances share the work.</summary>
    PostgreSql = 2,
}
