using BotCommit.Bot.Resources;

namespace BotCommit.Bot.Commands;

/// <summary>Every text command BotCommit understands, in the order help lists them.</summary>
internal sealed class CommandCatalogue
{
    public static readonly CommandDefinition Help = new(
        "help", ["?", "hi", "hello", "hey", "start", "menu", "commands"], nameof(BotStrings.CommandHelpDescription), AdminOnly: false);

    public IReadOnlyList<CommandDefinition> All { get; } = [Help];

    /// <summary>
    /// Finds the command a message means: case-insensitive, ignoring surrounding punctuation and extra spaces, by name
    /// or alias. Returns the command and the rest of the text (its arguments), or null.
    /// </summary>
    public (CommandDefinition Command, string Arguments)? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Trim().TrimEnd('.', '!', '?').Trim();
        if (normalized.Length == 0 && text.Contains('?', StringComparison.Ordinal))
        {
            normalized = "?";
        }

        foreach (var command in All.OrderByDescending(c => c.Name.Length))
        {
            foreach (var word in command.Aliases.Prepend(command.Name))
            {
                if (normalized.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return (command, string.Empty);
                }

                if (normalized.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
                {
                    return (command, normalized[(word.Length + 1)..].Trim());
                }
            }
        }

        return null;
    }
}
