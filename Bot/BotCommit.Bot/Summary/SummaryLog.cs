namespace BotCommit.Bot.Summary;

/// <summary>Log messages of the summary posting (event ids 1200–1219). Ids only — never amounts, names or card text.</summary>
internal static partial class SummaryLog
{
    [LoggerMessage(1200, LogLevel.Information, "Summary posted for team {TeamId}, week {Week}: new thread, root {RootActivityId}")]
    public static partial void Posted(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1201, LogLevel.Information, "Summary refreshed for team {TeamId}, week {Week} (root {RootActivityId})")]
    public static partial void Refreshed(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1202, LogLevel.Warning, "Summary message for team {TeamId}, week {Week} not posted: {Reason}")]
    public static partial void NotPosted(ILogger logger, string teamId, string week, string reason);

    [LoggerMessage(1203, LogLevel.Warning, "Summary root {RootActivityId} of team {TeamId}, week {Week} is gone from Teams; posting a new thread")]
    public static partial void RootGone(ILogger logger, string teamId, string week, string rootActivityId);

    [LoggerMessage(1204, LogLevel.Warning, "Summary message for team {TeamId}, week {Week} deferred: Teams answered {StatusCode}")]
    public static partial void Deferred(ILogger logger, string teamId, string week, int statusCode);

    [LoggerMessage(1206, LogLevel.Information, "Late change posted to the summary thread of team {TeamId}, week {Week}")]
    public static partial void LateChangePosted(ILogger logger, string teamId, string week);

    [LoggerMessage(1207, LogLevel.Warning, "The summary of team {TeamId}, week {Week} was posted but its record (settings and summary JSON for the export) could not be kept; the next refresh keeps it")]
    public static partial void RecordNotKept(ILogger logger, string teamId, string week, Exception exception);

    [LoggerMessage(1240, LogLevel.Information, "TOP lists and {StalledCount} stalled deals replied in the summary thread of team {TeamId}, week {Week}")]
    public static partial void ListsPosted(ILogger logger, string teamId, string week, int stalledCount);
}
