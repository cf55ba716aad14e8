namespace BotCommit.Bot.Summary;

/// <summary>Log messages of the summary posting (event ids 1100–1119). Ids only — never amounts, names or card text.</summary>
internal static partial class SummaryLog
{
    [LoggerMessage(1200, LogLevel.Information, "Summary posted for team {TeamId}, week {Week}: new thread, root {RootActivityId}")]
    public static partial void Posted(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1201, LogLevel.Information, "Summary refreshed for team {TeamId}, week {Week} (root {RootActivityId})")]
    public static partial void Refreshed(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1202, LogLevel.Warning, "Summary for team {TeamId}, week {Week} not posted: {Reason}")]
    public static partial void NotPosted(ILogger logger, string teamId, string week, string reason);

    [LoggerMessage(1203, LogLevel.Warning, "Summary root {RootActivityId} of team {TeamId}, week {Week} is gone from Teams; posting a new thread")]
    public static partial void RootGone(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1204, LogLevel.Warning, "Summary for team {TeamId}, week {Week} deferred: Teams answered {StatusCode}")]
    public static partial void Deferred(ILogger logger, string teamId, string week, int statusCode);

    [LoggerMessage(1205, LogLevel.Warning, "Summary for team {TeamId}, week {Week} was posted concurrently; duplicate root {RootActivityId} removed")]
    public static partial void DuplicateRemoved(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1206, LogLevel.Information, "Late change {Subject} posted to the summary thread of team {TeamId}, week {Week}")]
    public static partial void LateChangePosted(ILogger logger, string teamId, string week, string subject);

    [LoggerMessage(1207, LogLevel.Warning, "Late changes of team {TeamId}, week {Week} not posted now: {Reason}")]
    public static partial void LateChangesDeferred(ILogger logger, string teamId, string week, string reason);

    [LoggerMessage(1208, LogLevel.Warning, "Late change {Subject} of team {TeamId}, week {Week} has an unreadable detail; marked failed")]
    public static partial void LateChangeUnreadable(ILogger logger, string teamId, string week, string subject);
}
