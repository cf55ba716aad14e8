using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using Hangfire;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Posts a week's late changes to its summary thread in the background, so the rep's card answers at once. A Hangfire
/// job (retried if the process stops); arguments are plain strings so they serialize.
/// </summary>
internal sealed class LateChangeJob(LateChangePoster poster)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(string teamId, string week, CancellationToken cancellationToken) =>
        poster.PostPendingAsync(TeamId.From(teamId), ForecastWeek.Parse(week), cancellationToken);
}
