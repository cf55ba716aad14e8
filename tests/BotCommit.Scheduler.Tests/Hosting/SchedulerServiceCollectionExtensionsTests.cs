using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Scheduler.Jobs;
using BotCommit.Testing.Scheduling;
using BotCommit.Scheduler.Retention;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static BotCommit.Testing.Scheduling.ScheduleWorld;

namespace BotCommit.Scheduler.Tests.Hosting;

[Collection(HangfireSerial.Name)]
public sealed class SchedulerServiceCollectionExtensionsTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AddBotCommitScheduler_InMemory_RegistersTheTickEveryMinuteAndTheDailyCleanupInUtc()
    {
        using var host = SchedulerHost.Build(new ScheduleWorld(Utc(2026, 11, 29, 15)));

        await host.StartAsync();
        var storage = host.Services.GetRequiredService<JobStorage>();
        List<RecurringJobDto> jobs;
        using (var connection = storage.GetConnection())
        {
            jobs = connection.GetRecurringJobs();
        }

        await host.StopAsync();

        Assert.IsType<InMemoryStorage>(storage);
        Assert.Equal(2, jobs.Count);
        var job = Assert.Single(jobs, j => j.Id == "botcommit-schedule-tick");
        Assert.Equal("* * * * *", job.Cron);
        Assert.Equal(TimeZoneInfo.Utc.Id, job.TimeZoneId);
        Assert.Equal(typeof(ScheduleTickJob), job.Job.Type);
        Assert.Null(job.LoadException);
        var cleanup = Assert.Single(jobs, j => j.Id == "botcommit-activity-log-cleanup");
        Assert.Equal("17 3 * * *", cleanup.Cron);
        Assert.Equal(TimeZoneInfo.Utc.Id, cleanup.TimeZoneId);
        Assert.Equal(typeof(ActivityLogCleanupJob), cleanup.Job.Type);
        Assert.Null(cleanup.LoadException);
    }

    [Fact]
    public async Task AddBotCommitScheduler_RecurringJobsOff_RegistersNeither()
    {
        using var host = SchedulerHost.Build(new ScheduleWorld(Utc(2026, 11, 29, 15)), new Dictionary<string, string?> { ["Scheduler:RecurringTick"] = "false" });

        await host.StartAsync();
        List<RecurringJobDto> jobs;
        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            jobs = connection.GetRecurringJobs();
        }

        await host.StopAsync();

        Assert.Empty(jobs);
    }

    [Fact]
    public async Task AddBotCommitScheduler_WithoutAnActivityLogRetention_RefusesToStart()
    {
        using var host = SchedulerHost.Build(
            new ScheduleWorld(Utc(2026, 11, 29, 15)), configureServices: services => services.RemoveAll<IActivityLogRetention>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("IActivityLogRetention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriggerJob_ActivityLogCleanup_DeletesThroughThePortWithTheConfiguredRetention()
    {
        var world = new ScheduleWorld(Utc(2026, 12, 7, 3));
        var retention = new RecordingRetention();
        using var host = SchedulerHost.Build(
            world,
            new Dictionary<string, string?> { ["Hangfire:SchedulePollingInterval"] = "00:00:01", ["Scheduler:ActivityLogRetentionDays"] = "5" },
            services => services.AddSingleton<IActivityLogRetention>(retention));
        await host.StartAsync();

        ((IRecurringJobManagerV2)host.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(ActivityLogCleanupJob.RecurringJobId);
        var call = await retention.Called.Task.WaitAsync(s_patience);
        await host.StopAsync();

        Assert.Equal((Utc(2026, 12, 7, 3), 5), call);
    }

    [Fact]
    public void AddBotCommitScheduler_TwoHostsInOneProcess_EachHasItsOwnStorage()
    {
        using var first = SchedulerHost.Build(new ScheduleWorld(Utc(2026, 11, 29, 15)));
        using var second = SchedulerHost.Build(new ScheduleWorld(Utc(2026, 11, 29, 15)));

        var one = first.Services.GetRequiredService<JobStorage>();
        var two = second.Services.GetRequiredService<JobStorage>();

        Assert.NotSame(one, two);
    }

    [Fact]
    public async Task TriggerJob_ScheduleTick_RunsTheUseCaseInsideHangfire()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [ForecastWeek.FromMonday(new DateOnly(2026, 11, 23))] = "before" },
        });
        await world.AddRepAsync(team, "ber", null);
        var nudged = new TaskCompletionSource<SentMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Notifier.Called += message => nudged.TrySetResult(message);
        using var host = SchedulerHost.Build(world, new Dictionary<string, string?> { ["Hangfire:SchedulePollingInterval"] = "00:00:01" });
        await host.StartAsync();

        ((IRecurringJobManagerV2)host.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(ScheduleTickJob.RecurringJobId);
        var message = await nudged.Task.WaitAsync(s_patience);
        await host.StopAsync();

        Assert.Equal(("ber", ScheduledActionKind.Nudge), message.Key);
    }

    [Fact]
    public async Task AddBotCommitScheduler_PostgreSqlWithoutConnectionString_FailsAtStart()
    {
        using var host = SchedulerHost.Build(
            new ScheduleWorld(Utc(2026, 11, 29, 15)),
            new Dictionary<string, string?> { ["Hangfire:Storage"] = "PostgreSql" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Hangfire", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Scheduler:ActivityLogRetentionDays", "0")]
    [InlineData("Scheduler:ActivityLogRetentionDays", "31")]
    [InlineData("Scheduler:ActivityLogCleanupCron", "daily")]
    [InlineData("Scheduler:MaxConcurrency", "0")]
    [InlineData("Scheduler:ClaimLease", "00:00:00")]
    [InlineData("Hangfire:Storage", "Redis")]
    [InlineData("Hangfire:WorkerCount", "0")]
    public async Task AddBotCommitScheduler_InvalidSetting_FailsAtStart(string key, string value)
    {
        using var host = SchedulerHost.Build(new ScheduleWorld(Utc(2026, 11, 29, 15)), new Dictionary<string, string?> { [key] = value });

        await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
    }

    [Fact]
    public void AddBotCommitScheduler_SchedulerSection_ConfiguresTheUseCases()
    {
        using var host = SchedulerHost.Build(
            new ScheduleWorld(Utc(2026, 11, 29, 15)),
            new Dictionary<string, string?> { ["Scheduler:MaxConcurrency"] = "3", ["Scheduler:ClaimLease"] = "00:05:00" });

        var options = host.Services.GetRequiredService<ScheduleRunOptions>();

        Assert.Equal(3, options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClaimLease);
        Assert.NotNull(host.Services.GetRequiredService<RunScheduleTick>());
        Assert.NotNull(host.Services.GetRequiredService<NudgeNow>());
        Assert.NotNull(host.Services.GetRequiredService<SummaryNow>());
    }

    private sealed class RecordingRetention : IActivityLogRetention
    {
        public TaskCompletionSource<(DateTimeOffset Now, int KeepDays)> Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken)
        {
            Called.TrySetResult((now, keepDays));
            return Task.FromResult(0);
        }
    }
}
