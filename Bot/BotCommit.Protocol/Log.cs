using BotCommit.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BotCommit.Protocol;

/// <summary>
/// Source-generated log messages of the protocol layer (event ids 2xxx). Never log tokens, texts or cards. Messages that
/// carry request values clean them here (<see cref="LogValue"/>), so no caller can forget to.
/// </summary>
internal static partial class Log
{
    public static void InboundRejected(this ILogger logger, int statusCode, string reason)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            InboundRejectedCore(logger, statusCode, LogValue.Clean(reason, LogValue.SentenceMaxLength)!);
        }
    }

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Channel OpenID metadata could not be fetched ({Reason}); answering 500")]
    public static partial void MetadataUnavailable(this ILogger logger, string reason);

    public static void TurnFailed(this ILogger logger, Exception exception, string? activityId, string? activityType)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            TurnFailedCore(logger, exception, LogValue.Clean(activityId), LogValue.Clean(activityType));
        }
    }

    public static void DuplicateActivity(this ILogger logger, string? activityId, string? activityType)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var id = LogValue.Clean(activityId);
            var type = LogValue.Clean(activityType);
            DuplicateActivityCore(logger, id, type);
        }
    }

    public static void ReferenceSaveFailed(this ILogger logger, Exception exception, string? conversationId)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            ReferenceSaveFailedCore(logger, exception, LogValue.Clean(conversationId, LogValue.ConversationIdMaxLength));
        }
    }

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Anonymous mode is active (Development, BotCommit:AllowAnonymous=true): requests without a token are accepted")]
    public static partial void AnonymousModeActive(this ILogger logger);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Activities from every tenant are accepted ({Because})")]
    public static partial void EveryTenantAccepted(this ILogger logger, string because);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Connector {Method} to {Host} failed with {StatusCode} {Code}/{SubCode}")]
    public static partial void ConnectorFailure(this ILogger logger, string method, string host, int statusCode, string? code, string? subCode);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Connector {Method} to {Host} answered 401; refreshing the bot token and retrying once")]
    public static partial void ConnectorUnauthorizedRetry(this ILogger logger, string method, string host);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Conversation {ConversationId} is now {State} after connector error {Code}")]
    public static partial void ConversationStateChanged(this ILogger logger, string conversationId, string state, string? code);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Conversation {ConversationId} was not found; re-creating the 1:1 conversation once")]
    public static partial void RecreatingConversation(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Rejected inbound request with {StatusCode}: {Reason}")]
    private static partial void InboundRejectedCore(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "The bot failed on activity {ActivityId} of type {ActivityType}; answering 500")]
    private static partial void TurnFailedCore(ILogger logger, Exception exception, string? activityId, string? activityType);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Duplicate activity {ActivityId} of type {ActivityType} acknowledged without dispatch")]
    private static partial void DuplicateActivityCore(ILogger logger, string? activityId, string? activityType);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Could not save the conversation reference of conversation {ConversationId}")]
    private static partial void ReferenceSaveFailedCore(ILogger logger, Exception exception, string? conversationId);
}
