using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// Background jobs for the admins' "nudge now" and "summary now" (enqueued by <see cref="ScheduleTriggers"/>, so the
/// command answers at once): shims over <see cref="NudgeNow"/> and <see cref="SummaryNow"/>. Arguments are plain
/// strings so Hangfire can store them. A Hangfire retry is harmless: the action records stop double sends, and a
/// retried forced run sends again only to people whose forced send did not complete.
/// </summary>
[AutomaticRetry(Attempts = 3)]
internal sealed class ManualTriggerJob
{
    private readonly NudgeNow _nudgeNow;
    private readonly SummaryNow _summaryNow;
    private readonly ILogger<ManualTriggerJob> _logger;

    public ManualTriggerJob(NudgeNow nudgeNow, SummaryNow summaryNow, ILogger<ManualTriggerJob> logger)
    {
        ArgumentNullException.ThrowIfNull(nudgeNow);
        ArgumentNullException.ThrowIfNull(summaryNow);
        ArgumentNullException.ThrowIfNull(logger);
        _nudgeNow = nudgeNow;
        _summaryNow = summaryNow;
        _logger = logger;
    }

    [JobDisplayName("Nudge now: team {0}, rep {1}, force {2}")]
    public async Task NudgeNowAsync(string teamId, string? repId, bool force, CancellationToken cancellationToken)
    {
        var result = await _nudgeNow.RunAsync(
            TeamId.From(teamId), repId is null ? null : RepId.From(repId), force, cancellationToken);
        Report("nudge now", teamId, result);
    }

    [JobDisplayName("Summary now: team {0}, force {1}")]
    public async Task SummaryNowAsync(string teamId, bool force, CancellationToken cancellationToken)
    {
        var result = await _summaryNow.RunAsync(TeamId.From(teamId), force, cancellationToken);
        Report("summary now", teamId, result);
    }

    private void Report(string trigger, string teamId, ManualTriggerResult result)
    {
        foreach (var error in result.Errors)
        {
            Log.ActionFailed(_logger, error.Team.Value, error.Week, error.Kind, error.Subject, error.Exception);
        }

        var counts = result.Actions;
        Log.ManualTriggerCompleted(
            _logger, trigger, teamId, result.Status, result.Week, counts.Sent, counts.AlreadyHandled, counts.Failed, counts.Deferred, counts.Errors);
    }
}
