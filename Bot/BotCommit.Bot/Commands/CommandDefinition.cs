namespace BotCommit.Bot.Commands;

/// <summary>
/// A text command: its canonical name (what help shows and what the manifest lists), the words that also mean it, and
/// the resource name of its one-line description.
/// </summary>
internal sealed record CommandDefinition(string Name, IReadOnlyList<string> Aliases, string DescriptionResource, bool AdminOnly);
