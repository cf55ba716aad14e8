namespace BotCommit.Bot.Admin;

/// <summary>Source-generated log messages of the admin features (event ids 11xx). Ids and counts only.</summary>
internal static partial class AdminLog
{
    [LoggerMessage(1100, LogLevel.Information, "Team {TeamId} created on install")]
    public static partial void TeamCreated(ILogger logger, string teamId);

    [LoggerMessage(1101, LogLevel.Information, "Setup card posted for team {TeamId}")]
    public static partial void SetupCardPosted(ILogger logger, string teamId);

    [LoggerMessage(1102, LogLevel.Information, "Roster of team {TeamId} imported: {Added} added, {Updated} updated, {Members} members read")]
    public static partial void RosterImported(ILogger logger, string teamId, int added, int updated, int members);

    [LoggerMessage(1103, LogLevel.Information, "A mentioned person is not a member of team {TeamId} (Teams answered {StatusCode})")]
    public static partial void MemberNotFound(ILogger logger, string teamId, int statusCode);
}
