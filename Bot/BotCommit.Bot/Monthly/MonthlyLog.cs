namespace BotCommit.Bot.Monthly;

/// <summary>The monthly forecast's log lines (event ids 1800..1819).</summary>
internal static partial class MonthlyLog
{
    [LoggerMessage(1800, LogLevel.Information, "Monthly forecast recorded for team {TeamId}, month {Month}, rep {RepId}: {Kind}")]
    public static partial void Recorded(ILogger logger, string teamId, string month, string repId, string kind);

    [LoggerMessage(1801, LogLevel.Warning, "Monthly forecast not saved (activity {ActivityId}); the rep was asked to retry")]
    public static partial void NotSaved(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(1802, LogLevel.Information, "Monthly forecast card sent for team {TeamId}, month {Month}, rep {RepId}")]
    public static partial void CardSent(ILogger logger, string teamId, string month, string repId);

    [LoggerMessage(1803, LogLevel.Information, "Monthly review posted for team {TeamId}, month {Month} (root {RootActivityId})")]
    public static partial void ReviewPosted(ILogger logger, string teamId, string month, string rootActivityId);

    [LoggerMessage(1804, LogLevel.Warning, "Monthly review of team {TeamId}, month {Month} not posted: {Reason}")]
    public static partial void ReviewNotPosted(ILogger logger, string teamId, string month, string reason);

    [LoggerMessage(1805, LogLevel.Information, "Monthly review of team {TeamId}, month {Month} sent privately to a manager or admin")]
    public static partial void ReviewSentPrivately(ILogger logger, string teamId, string month);

    [LoggerMessage(1806, LogLevel.Error, "monthly now for team {TeamId} stopped with an unexpected error; the review is retried later")]
    public static partial void ReviewNowError(ILogger logger, Exception exception, string teamId);
}
