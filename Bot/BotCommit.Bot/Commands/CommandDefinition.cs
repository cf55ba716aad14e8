namespace BotCommit.Bot.Commands;

/// <summary>
/// A text command: what it is, the words that call it (canonical name first, e.g. <c>set timezone</c>, then aliases
/// such as <c>set time zone</c>, <c>tz</c>, <c>设置时区</c>; empty for variants reached from another command, e.g.
/// <c>away @rep</c>), the resource names of its title as help shows it (<c>CommandTitle{Kind}</c>, e.g.
/// <c>set timezone ZONE</c> / <c>设置时区 时区</c>), of its one-line description and of the hint shown with bad arguments
/// (it carries an example), and who may use it.
/// </summary>
internal sealed record CommandDefinition(
    CommandKind Kind,
    IReadOnlyList<string> Words,
    string DescriptionResource,
    string? UsageResource,
    CommandAccess Access)
{
    public bool AdminOnly => Access == CommandAccess.Admin;

    /// <summary>The bot string with the command's title in the reader's language (<c>CommandTitleSetTimeZone</c>).</summary>
    public static string TitleResource(CommandKind kind) => "CommandTitle" + kind;
}
