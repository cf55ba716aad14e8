using BotCommit.Protocol.Diagnostics;

namespace BotCommit.Bot;

/// <summary>
/// Source-generated log messages of the host (event ids 1xxx). Ids only — never amounts, card text or tokens. Values the
/// sender controls (activity ids and types, card verbs) are cleaned here (<see cref="LogValue"/>).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Table storage is ready")]
    public static partial void StorageReady(ILogger logger);

    public static void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType, string reference)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            TurnFailedCore(logger, exception, LogValue.Clean(activityId), LogValue.Clean(activityType), reference);
        }
    }

    [LoggerMessage(1002, LogLevel.Information, "Welcomed conversation {ConversationId}")]
    public static partial void Welcomed(ILogger logger, string conversationId);

    [LoggerMessage(1003, LogLevel.Information, "Bot removed from conversation {ConversationId}")]
    public static partial void Uninstalled(ILogger logger, string conversationId);

    [LoggerMessage(1004, LogLevel.Information, "Command {Command} from {UserId}")]
    public static partial void CommandReceived(ILogger logger, string command, string? userId);

    public static void UnknownCardVerb(ILogger logger, string verb, string? activityId)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            UnknownCardVerbCore(logger, LogValue.Clean(verb)!, LogValue.Clean(activityId));
        }
    }

    [LoggerMessage(1006, LogLevel.Warning, "Could not update card message {ActivityId} (status {StatusCode}); sending a new message")]
    public static partial void CardUpdateFailed(ILogger logger, string activityId, int statusCode);

    [LoggerMessage(1010, LogLevel.Information, "Check-in {Status} recorded for team {TeamId}, week {Week}, rep {RepId} (after deadline: {AfterDeadline})")]
    public static partial void CheckInRecorded(ILogger logger, string teamId, string week, string repId, string status, bool afterDeadline);

    [LoggerMessage(1011, LogLevel.Warning, "Check-in not saved (activity {ActivityId}); the rep was asked to retry")]
    public static partial void CheckInNotSaved(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(1012, LogLevel.Information, "Check-in card sent for team {TeamId}, week {Week}, rep {RepId}")]
    public static partial void NudgeSent(ILogger logger, string teamId, string week, string repId);

    [LoggerMessage(1013, LogLevel.Warning, "Check-in card for team {TeamId}, week {Week}, rep {RepId} deferred: Teams answered {StatusCode}")]
    public static partial void NudgeDeferred(ILogger logger, string teamId, string week, string repId, int statusCode);

    public static void DeduplicationInMemory(ILogger logger, Exception exception, string activityId)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            DeduplicationInMemoryCore(logger, exception, LogValue.Clean(activityId)!);
        }
    }

    [LoggerMessage(1001, LogLevel.Error, "Turn failed for activity {ActivityId} of type {ActivityType} (reference {Reference})")]
    private static partial void TurnFailedCore(ILogger logger, Exception exception, string? activityId, string? activityType, string reference);

    [LoggerMessage(1005, LogLevel.Warning, "Card action with unknown verb {Verb} (activity {ActivityId})")]
    private static partial void UnknownCardVerbCore(ILogger logger, string verb, string? activityId);

    [LoggerMessage(1014, LogLevel.Warning, "Inbound de-duplication table unreachable; activity {ActivityId} is remembered in this process only")]
    private static partial void DeduplicationInMemoryCore(ILogger logger, Exception exception, string activityId);
}
