using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Scheduler.Hosting;
using Microsoft.Extensions.Logging;

namespace BotCommit.Scheduler;

/// <summary>The scheduler's log messages (event ids 3xxx). Ids only: teams, weeks, reps; never message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Schedule tick: {Teams} teams ({TeamsIdle} idle), {Due} due, {Sent} sent, {Skipped} skipped (already handled), {Failed} failed, {Deferred} deferred, {Errors} errors in {ElapsedMs} ms")]
    public static partial void TickCompleted(
        ILogger logger, int teams, int teamsIdle, int due, int sent, int skipped, int failed, int deferred, int errors, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Schedule tick could not plan team {TeamId}")]
    public static partial void TeamFailed(ILogger logger, string teamId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error,
        Message = "Scheduled action {Kind} for {Subject} of team {TeamId} week {Week} failed; retried after the claim lease")]
    public static partial void ActionFailed(ILogger logger, string teamId, ForecastWeek week, ScheduledActionKind kind, string subject, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Recurring job {JobId} registered: cron '{Cron}' in {TimeZone}")]
    public static partial void RecurringJobRegistered(ILogger logger, string jobId, string cron, string timeZone);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Hangfire storage: {Storage}")]
    public static partial void StorageSelected(ILogger logger, HangfireStorageKind storage);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information,
        Message = "Inbound activity log cleanup: {Deleted} records deleted (keeping {KeepDays} days) in {ElapsedMs} ms")]
    public static partial void ActivityLogCleaned(ILogger logger, int deleted, int keepDays, long elapsedMs);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "Schedule tick skipped: the previous tick of this instance is still running; what became due meanwhile is planned by the next tick")]
    public static partial void TickSkipped(ILogger logger);
}
