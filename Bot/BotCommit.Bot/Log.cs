namespace BotCommit.Bot;

/// <summary>Source-generated log messages of the host (event ids 1xxx). Ids only — never amounts, card text or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Table storage is ready")]
    public static partial void StorageReady(ILogger logger);

    [LoggerMessage(1001, LogLevel.Error, "Turn failed for activity {ActivityId} of type {ActivityType} (reference {Reference})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType, string reference);

    [LoggerMessage(1002, LogLevel.Information, "Welcomed conversation {ConversationId}")]
    public static partial void Welcomed(ILogger logger, string conversationId);

    [LoggerMessage(1003, LogLevel.Information, "Bot removed from conversation {ConversationId}")]
    public static partial void Uninstalled(ILogger logger, string conversationId);

    [LoggerMessage(1004, LogLevel.Information, "Command {Command} from {UserId}")]
    public static partial void CommandReceived(ILogger logger, string command, string? userId);

    [LoggerMessage(1005, LogLevel.Warning, "Card action with unknown verb {Verb} (activity {ActivityId})")]
    public static partial void UnknownCardVerb(ILogger logger, string verb, string? activityId);

    [LoggerMessage(1006, LogLevel.Warning, "Could not update card message {ActivityId} (status {StatusCode}); sending a new message")]
    public static partial void CardUpdateFailed(ILogger logger, string activityId, int statusCode);
}
