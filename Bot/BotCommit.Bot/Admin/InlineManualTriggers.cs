using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>Runs the manual triggers within the admin's turn (the endpoint keeps running it if Teams stops waiting).</summary>
internal sealed class InlineManualTriggers(NudgeNow nudgeNow, SummaryNow summaryNow) : IManualTriggers
{
    public Task<ManualTriggerResult> NudgeNowAsync(TeamId team, RepId? rep, bool force, CancellationToken cancellationToken) =>
        nudgeNow.RunAsync(team, rep, force, cancellationToken);

    public Task<ManualTriggerResult> PostSummaryAsync(TeamId team, bool force, CancellationToken cancellationToken) =>
        summaryNow.RunAsync(team, force, cancellationToken);
}
