namespace BotCommit.Scheduler.Retention;

/// <summary>
/// The record of inbound activities kept for de-duplication, as the cleanup job sees it. The host implements it over its
/// store; an implementation must stream (never load every record) and be safe to run on several instances at once.
/// </summary>
public interface IActivityLogRetention
{
    /// <summary>
    /// Deletes the records of the UTC days before <paramref name="now"/>'s UTC day minus <paramref name="keepDays"/>
    /// (at least 1); returns how many were deleted.
    /// </summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset now, int keepDays, CancellationToken cancellationToken);
}
