namespace BotCommit.Scheduler.Tests.Hosting;

/// <summary>Tests that start Hangfire run one at a time: its GlobalConfiguration is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireSerial
{
    public const string Name = "Hangfire (process-global configuration)";
}
