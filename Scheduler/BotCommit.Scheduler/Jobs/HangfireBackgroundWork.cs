using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using Hangfire;

namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// The domain's <see cref="IBackgroundWork"/> as Hangfire jobs (the DI <see cref="IBackgroundJobClient"/>, never the static
/// API); Hangfire creates each job from the container, so <see cref="LateChangeJob"/> needs the domain's use case registered.
/// </summary>
internal sealed class HangfireBackgroundWork(IBackgroundJobClient jobs) : IBackgroundWork
{
    public void PostLateChanges(TeamId team, ForecastWeek week)
    {
        var teamId = team.Value;
        var weekName = week.ToString();
        jobs.Enqueue<LateChangeJob>(job => job.RunAsync(teamId, weekName, CancellationToken.None));
    }
}
