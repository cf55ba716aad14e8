using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Scheduler.Hosting;
using BotCommit.Testing.Scheduling;
using BotCommit.Scheduler.Retention;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Scheduler.Tests.Hosting;

/// <summary>A generic host with the scheduler, in-memory ports, a fake clock and a recording notifier.</summary>
public static class SchedulerHost
{
    public static IHost Build(ScheduleWorld world, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        AddWorld(builder.Services, world);
        builder.Services.AddBotCommitScheduler(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    public static void AddWorld(IServiceCollection services, ScheduleWorld world)
    {
        services.AddLogging();
        services.AddSingleton<TimeProvider>(world.Time);
        services.AddSingleton<FakeTimeProvider>(world.Time);
        services.AddSingleton<ITeamSettingsStore>(world.Settings);
        services.AddSingleton<IRosterStore>(world.Roster);
        services.AddSingleton<ISubmissionStore>(world.Submissions);
        services.AddSingleton<IDealStore>(world.Deals);
        services.AddSingleton<IActionLog>(world.Actions);
        services.AddSingleton<InMemoryActionLog>(world.Actions);
        services.AddSingleton<IRepNotifier>(world.Notifier);
        services.AddSingleton<ISummaryPublisher>(world.Notifier);
        services.AddSingleton<IActivityLogRetention>(new NothingToDelete());
    }

    private sealed class NothingToDelete : IActivityLogRetention
    {
        public Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
