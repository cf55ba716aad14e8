using BotCommit.Cards.Onboarding;
using BotCommit.Cards.Resources;
using BotCommit.Cards.Tests.Summary;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>The satellite assemblies ship and are picked: a Chinese reader gets Chinese cards, in the right script.</summary>
public sealed class ChineseCardTextTests
{
    [Theory]
    [InlineData("zh-CN", "欢迎使用 BotCommit")]
    [InlineData("zh-SG", "欢迎使用 BotCommit")]
    [InlineData("zh-Hans", "欢迎使用 BotCommit")]
    [InlineData("zh-TW", "歡迎使用 BotCommit")]
    [InlineData("zh-HK", "歡迎使用 BotCommit")]
    [InlineData("zh-MO", "歡迎使用 BotCommit")]
    [InlineData("zh-Hant", "歡迎使用 BotCommit")]
    [InlineData("en-US", "Welcome to BotCommit")]
    [InlineData("fr-FR", "Welcome to BotCommit")]
    public void WelcomeCard_ReaderLocale_PicksTheLanguageAndScript(string locale, string title)
    {
        var card = WelcomeCard.Build(CardLocale.For(locale, null)).ToJson();

        Assert.Contains(title, CardJson.Texts(card));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void EveryCardString_IsTranslatedAtRunTime_NotTheEnglishFallback(string language)
    {
        var locale = CardLocale.For(language, null);
        var untranslated = typeof(CardStrings).GetProperties(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => p.Name)
            .Where(name => locale.Text(name) == CardLocale.English.Text(name) && HasLetters(CardLocale.English.Text(name)))
            .ToList();

        Assert.True(untranslated.Count <= Allowed.Length && untranslated.All(n => Allowed.Contains(n)), string.Join(", ", untranslated));
    }

    // Texts that are the same in every language: the seed's own Latin word, or no words at all.
    private static readonly string[] Allowed = ["CheckInCategoryUpside"];

    private static bool HasLetters(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\{[^}]*\}", string.Empty).Any(char.IsAsciiLetter);
}
