using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Onboarding;

/// <summary>The greeting a person gets when BotCommit is installed for them.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Text(nameof(CardStrings.WelcomeTitle));
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(locale.Text(nameof(CardStrings.WelcomeIntro))),
            new TextBlock(locale.Text(nameof(CardStrings.WelcomeNextStep))) { IsSubtle = true },
        ])
        {
            FallbackText = title,
        };
    }
}
