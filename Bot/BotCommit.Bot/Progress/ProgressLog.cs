namespace BotCommit.Bot.Progress;

internal static partial class ProgressLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Background work {Name} stopped with the host before it finished")]
    public static partial void LongWorkStopped(ILogger logger, string name);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Error, Message = "Background work {Name} failed")]
    public static partial void LongWorkFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "Could not update progress card {ActivityId}")]
    public static partial void ProgressUpdateFailed(ILogger logger, Exception exception, string activityId);
}
