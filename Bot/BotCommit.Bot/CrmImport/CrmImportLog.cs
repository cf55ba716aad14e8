namespace BotCommit.Bot.CrmImport;

internal static partial class CrmImportLog
{
    [LoggerMessage(EventId = 1901, Level = LogLevel.Warning, Message = "CRM import: attached file refused (type {FileType}, host {Host})")]
    public static partial void FileRefused(ILogger logger, string fileType, string host);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "CRM import: attached file not fetched (HTTP {Status})")]
    public static partial void FileNotFetched(ILogger logger, int status);

    [LoggerMessage(EventId = 1903, Level = LogLevel.Warning, Message = "CRM import: attached file could not be fetched ({Reason})")]
    public static partial void FileFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1904, Level = LogLevel.Information, Message = "CRM import into team {TeamId} by {Actor}: {Added} added, {Updated} updated, {Unmatched} unmatched, {Refused} refused")]
    public static partial void Imported(ILogger logger, string teamId, string actor, int added, int updated, int unmatched, int refused);
}
