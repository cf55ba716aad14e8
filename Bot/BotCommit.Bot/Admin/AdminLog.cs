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

    [LoggerMessage(1104, LogLevel.Information, "BotCommit removed from team {TeamId}: closed to commands, data kept")]
    public static partial void TeamClosed(ILogger logger, string teamId);

    [LoggerMessage(1105, LogLevel.Information, "BotCommit added to team {TeamId} again: reopened")]
    public static partial void TeamReopened(ILogger logger, string teamId);

    [LoggerMessage(1106, LogLevel.Information, "Member {UserId} left team {TeamId}: admin removed {WasAdmin}, rep made inactive {WasRep}")]
    public static partial void MemberLeft(ILogger logger, string userId, string teamId, bool wasAdmin, bool wasRep);

    [LoggerMessage(1107, LogLevel.Information, "{UserId} is no longer a member of team {TeamId}: admin rights there refused")]
    public static partial void AdminNotMember(ILogger logger, string userId, string teamId);

    [LoggerMessage(1108, LogLevel.Warning, "Data of closed team {TeamId} deleted by {UserId}: {Rows} rows")]
    public static partial void TeamDataDeleted(ILogger logger, string teamId, string userId, int rows);
}
