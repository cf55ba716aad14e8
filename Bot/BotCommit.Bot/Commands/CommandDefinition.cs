namespace BotCommit.Bot.Commands;

/// <summary>
/// A text command: what it is, the words that call it (canonical name first, e.g. <c>set timezone</c>, then aliases
/// such as <c>set time zone</c>, <c>tz</c>; empty for variants reached from another command, e.g. <c>away @rep</c>), the
/// title help shows (usually the name), the resource names of its one-line description and of the hint shown with
/// bad arguments (it carries an example), and who may use it.
/// </summary>
internal sealed record CommandDefinition(
    CommandKind Kind,
    string Title,
    IReadOnlyList<string> Words,
    string DescriptionResource,
    string? UsageResource,
    CommandAccess Access)
{
    public bool AdminOnly => Access == CommandAccess.Admin;
}
