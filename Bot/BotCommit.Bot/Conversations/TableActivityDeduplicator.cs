using BotCommit.Protocol.Routing;
using BotCommit.Storage.AzureTables.Activities;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// Remembers inbound activity ids in Azure Tables so a Teams redelivery is processed once, even when the retry lands on
/// another instance.
/// </summary>
internal sealed class TableActivityDeduplicator(InboundActivityLog log, TimeProvider timeProvider) : IActivityDeduplicator
{
    public Task<bool> TryBeginAsync(string activityId, CancellationToken cancellationToken) =>
        log.TryRecordAsync(activityId, timeProvider.GetUtcNow(), cancellationToken);
}
