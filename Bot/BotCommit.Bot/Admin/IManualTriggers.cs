using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The admins' "nudge now" and "post summary": the schedule's own use cases (<see cref="NudgeNow"/>,
/// <see cref="SummaryNow"/>), so the once-per-week action records apply to them too. A seam so the host can run them
/// inline (the default, <see cref="InlineManualTriggers"/>: the admin sees the counts at once) or hand them to a
/// background job.
/// </summary>
internal interface IManualTriggers
{
    Task<ManualTriggerResult> NudgeNowAsync(TeamId team, RepId? rep, bool force, CancellationToken cancellationToken);

    Task<ManualTriggerResult> PostSummaryAsync(TeamId team, bool force, CancellationToken cancellationToken);
}
