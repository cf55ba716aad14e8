using BotCommit.Protocol.Routing;
using BotCommit.Storage.AzureTables.Activities;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// Remembers inbound activities (conversation id + activity id) in Azure Tables so a Teams redelivery is processed once,
/// even when the retry lands on another instance. While the table cannot be reached (a storage outage), activities are
/// remembered in this process only and the turn goes on: its handler meets the same outage and answers the user (a
/// check-in says "not saved, press again"), instead of the whole request failing with a 500 that Teams shows as an
/// error on the card.
/// </summary>
internal sealed class TableActivityDeduplicator(InboundActivityLog log, TimeProvider timeProvider, ILogger<TableActivityDeduplicator> logger)
    : IActivityDeduplicator
{
    private readonly InMemoryActivityDeduplicator _duringOutage = new(timeProvider);

    public async Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            return await log.TryRecordAsync(conversationId, activityId, timeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (StorageFailures.IsUnavailable(exception, cancellationToken))
        {
            Log.DeduplicationInMemory(logger, exception, activityId);
            return await _duringOutage.TryBeginAsync(conversationId, activityId, cancellationToken);
        }
    }
}
