using System.Globalization;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>Which of our three languages a Teams client's locale reads, and which culture formats numbers.</summary>
public sealed class CardLocaleTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("zh-SG", "zh-CN")]
    [InlineData("zh-Hans-SG", "zh-CN")]
    [InlineData("zh-MY", "zh-CN")]
    [InlineData("zh-CHS", "zh-CN")]
    [InlineData("zh-Hans-HK", "zh-CN")] // the script wins over the region
    [InlineData("zh-TW", "zh-TW")]
    [InlineData("zh-tw", "zh-TW")]
    [InlineData("zh-Hant", "zh-TW")]
    [InlineData("zh-Hant-TW", "zh-TW")]
    [InlineData("zh-HK", "zh-TW")]
    [InlineData("zh-Hant-HK", "zh-TW")]
    [InlineData("zh-MO", "zh-TW")]
    [InlineData("zh-Hant-MO", "zh-TW")]
    [InlineData("zh-CHT", "zh-TW")]
    [InlineData("zh_TW", "zh-TW")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData(null, "en-US")]
    [InlineData("", "en-US")]
    [InlineData("not a locale!", "en-US")]
    public void For_ClientLocale_PicksTheShippedLanguage(string? locale, string expected)
    {
        var picked = CardLocale.For(locale, null);

        Assert.Equal(expected, picked.UiCulture.Name);
        Assert.Equal("en-US", picked.FormatCulture.Name);
    }

    [Fact]
    public void For_TeamCulture_FormatsNumbersWhateverTheLanguage()
    {
        var picked = CardLocale.For("zh-HK", "de-DE");

        Assert.Equal("zh-TW", picked.UiCulture.Name);
        Assert.Equal("1.200.000", 1_200_000m.ToString("N0", picked.FormatCulture));
    }

    [Fact]
    public void For_ChineseWithoutIcuKnowingTheTag_StillPicksChinese()
    {
        Assert.Equal("zh-TW", CardLocale.For("zh-Hant-XY", null).UiCulture.Name);
        Assert.Equal(CultureInfo.GetCultureInfo("zh-CN"), CardLocale.For("zh-XY", null).UiCulture);
    }
}
