using BotCommit.Forecasting.Teams;
using Hangfire;

namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// Enqueues the admins' manual triggers as Hangfire jobs (the bot answers the command at once; the job runs the
/// use case, visible on the dashboard). Uses the DI <see cref="IBackgroundJobClient"/>, never the static API.
/// Each method returns the Hangfire job id.
/// </summary>
public sealed class ScheduleTriggers
{
    private readonly IBackgroundJobClient _jobs;

    public ScheduleTriggers(IBackgroundJobClient jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        _jobs = jobs;
    }

    /// <summary>"nudge now": one rep, or (null) every rep of the team who has not submitted; force re-sends.</summary>
    public string EnqueueNudgeNow(TeamId team, RepId? rep, bool force)
    {
        var teamId = team.Value;
        var repId = rep?.Value;
        return _jobs.Enqueue<ManualTriggerJob>(job => job.NudgeNowAsync(teamId, repId, force, CancellationToken.None));
    }

    /// <summary>"summary now"; force posts again, or before the deadline.</summary>
    public string EnqueueSummaryNow(TeamId team, bool force)
    {
        var teamId = team.Value;
        return _jobs.Enqueue<ManualTriggerJob>(job => job.SummaryNowAsync(teamId, force, CancellationToken.None));
    }
}
