using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using Hangfire;

namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// Posts a week's late changes to its summary thread in the background (<see cref="PostLateChanges"/>), so the rep's
/// card answers at once. A Hangfire job, retried if it fails or the process stops (each change is posted once anyway);
/// arguments are plain strings so they serialize.
/// </summary>
public sealed class LateChangeJob
{
    private readonly PostLateChanges _post;

    public LateChangeJob(PostLateChanges post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _post = post;
    }

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Late changes: team {0}, week {1}")]
    public Task RunAsync(string teamId, string week, CancellationToken cancellationToken) =>
        _post.PostPendingAsync(TeamId.From(teamId), ForecastWeek.Parse(week), cancellationToken);
}
