using BotCommit.Scheduler.Retention;
using BotCommit.Storage.AzureTables.Activities;

namespace BotCommit.Bot.Conversations;

/// <summary>The scheduler's cleanup port over the inbound activity log in Azure Tables.</summary>
internal sealed class ActivityLogRetention(InboundActivityLog log) : IActivityLogRetention
{
    public Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken) =>
        log.DeleteOlderThanAsync(now, keepDays, cancellationToken);
}
