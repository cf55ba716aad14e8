using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Onboarding;

/// <summary>What BotCommit does and the commands the reader can use.</summary>
public static class HelpCard
{
    /// <param name="locale">Reader's language.</param>
    /// <param name="commands">The commands available to this reader: (command, what it does), already localized.</param>
    public static AdaptiveCard Build(CardLocale locale, IReadOnlyList<Fact> commands)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(commands);
        var title = locale.Text(nameof(CardStrings.HelpTitle));
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(locale.Text(nameof(CardStrings.HelpCadenceSunday))),
            new TextBlock(locale.Text(nameof(CardStrings.HelpCadenceReminders))),
            new TextBlock(locale.Text(nameof(CardStrings.HelpCadenceMonday))),
            new TextBlock(locale.Text(nameof(CardStrings.HelpAdminNote))) { IsSubtle = true },
            new TextBlock(locale.Text(nameof(CardStrings.HelpCommandsTitle))) { Weight = "Bolder", Separator = true },
            new FactSet(commands),
        ])
        {
            FallbackText = title,
        };
    }
}
