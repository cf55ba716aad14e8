using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>Amounts, dates, weeks and instants as people read them: never ambiguous, in the team's style.</summary>
public sealed class PeopleFormatTests
{
    private static CardLocale Locale(string reader, string culture = "en-US", AmountStyle style = AmountStyle.Grouped, string zone = "Europe/London") =>
        CardLocale.ForReader(reader, new TeamSettings(TeamId.From("t")) { Culture = culture, AmountStyle = style, TimeZoneId = zone });

    [Theory]
    [InlineData("en-US", "2026-12-07")]
    [InlineData("de-DE", "2026-12-07")]
    [InlineData("zh-CN", "2026年12月7日（周一）")]
    [InlineData("zh-TW", "2026年12月7日（週一）")]
    [InlineData("zh-HK", "2026年12月7日（週一）")]
    public void Date_IsNeverDayMonthAmbiguous(string reader, string expected)
    {
        Assert.Equal(expected, Locale(reader).People.Date(new DateOnly(2026, 12, 7)));
    }

    [Theory]
    [InlineData("en-US", "Due {0:d}", "Due 2026-12-13")]
    [InlineData("zh-CN", "{0:D}", "2026年12月13日（周日）")]
    public void Format_DatePlaceholders_GoThroughTheUnambiguousForm(string reader, string format, string expected)
    {
        Assert.Equal(expected, string.Format(Locale(reader).People, format, new DateOnly(2026, 12, 13)));
        Assert.Equal(expected, string.Format(Locale(reader).People, format, new DateTime(2026, 12, 13, 0, 0, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("en-US", "Europe/London", "2026-12-07 07:00 Europe/London")]
    [InlineData("zh-CN", "Asia/Shanghai", "2026年12月7日（周一）15:00 Asia/Shanghai")]
    [InlineData("zh-TW", "Asia/Taipei", "2026年12月7日（週一）15:00 Asia/Taipei")]
    public void Instant_IsOnTheTeamsClockWithTheZoneNamed(string reader, string zone, string expected)
    {
        var deadline = new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, string.Format(Locale(reader, zone: zone).People, "{0:g}", deadline));
    }

    [Theory]
    [InlineData("en-US", "2026-W49")]
    [InlineData("zh-CN", "2026年第49周")]
    [InlineData("zh-TW", "2026年第49週")]
    public void Week_IsNamedInTheReadersWords(string reader, string expected)
    {
        Assert.Equal(expected, Locale(reader).People.Week(ForecastWeek.Parse("2026-W49")));
    }

    [Theory]
    [InlineData("zh-CN", "CNY", 1_250_000, "¥1,250,000")]
    [InlineData("zh-TW", "TWD", 1_250_000, "NT$1,250,000")]
    [InlineData("en-US", "USD", 1_250_000, "1,250,000 USD")]
    [InlineData("en-US", "CNY", -5_000.5, "-¥5,000.50")]
    public void Money_GroupedWithTheCurrencysSign(string reader, string currency, double amount, string expected)
    {
        Assert.Equal(expected, Locale(reader, culture: "zh-CN").People.Money((decimal)amount, currency));
    }

    [Theory]
    [InlineData("zh-CN", 1_250_000, "125万")]
    [InlineData("zh-CN", 1_200_000, "120万")]
    [InlineData("zh-CN", 9_999, "9,999")]
    [InlineData("zh-CN", 12_345, "1.2345万")]
    [InlineData("zh-CN", 120_000_000, "1.2亿")]
    [InlineData("zh-CN", 123_456_789, "1亿2345.6789万")]
    [InlineData("zh-CN", 1_234_567.5, "1,234,567.50")]
    [InlineData("zh-CN", -1_250_000, "-125万")]
    [InlineData("zh-TW", 1_250_000, "125萬")]
    [InlineData("zh-TW", 250_000_000, "2.5億")]
    [InlineData("en-US", 1_250_000, "1,250,000")]
    public void Number_WithMyriads_IsExactAndOnlyForChineseReaders(string reader, double amount, string expected)
    {
        Assert.Equal(expected, Locale(reader, culture: "zh-CN", style: AmountStyle.Myriads).People.Number((decimal)amount));
    }

    [Fact]
    public void Money_WithMyriads_PutsTheSignFirst()
    {
        Assert.Equal("¥120万", Locale("zh-CN", culture: "zh-CN", style: AmountStyle.Myriads).People.Money(1_200_000m, "CNY"));
    }

    [Theory]
    [InlineData("en-US", "{0:MMMM yyyy}", "December 2026")]
    [InlineData("zh-CN", "{0:MMMM yyyy}", "2026年12月")]
    [InlineData("zh-TW", "{0:MMM}", "12月")]
    public void Months_AreInTheReadersLanguage(string reader, string format, string expected)
    {
        // A zh-CN team's English reader still reads English month names.
        Assert.Equal(expected, string.Format(Locale(reader, culture: "zh-CN").People, format, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Unspecified)));
    }

    /// <summary>What ICU on this machine gives for the team cultures: pinyin for zh-CN, stroke count for zh-TW.</summary>
    [Fact]
    public void NameOrder_FollowsTheTeamCulturesCollation()
    {
        string[] names = ["张伟", "王芳", "李娜", "安琪", "白雪", "曾凡", "丁一", "一鸣"];

        var pinyin = names.Order(Locale("zh-CN", culture: "zh-CN").NameOrder).ToArray();
        var strokes = names.Order(Locale("zh-TW", culture: "zh-TW").NameOrder).ToArray();

        // an, bai, ceng, ding, li, wang, yi, zhang
        Assert.Equal(["安琪", "白雪", "曾凡", "丁一", "李娜", "王芳", "一鸣", "张伟"], pinyin);
        // 一 (1 stroke), 丁 (2), 王 (4), 白 (5), 安 (6), 张 李 (7), 曾 (12)
        Assert.Equal(["一鸣", "丁一", "王芳", "白雪", "安琪", "张伟", "李娜", "曾凡"], strokes);
    }

    [Theory]
    [InlineData("zh-CN", "简体中文 (zh-CN)")]
    [InlineData("zh-TW", "繁體中文 (zh-TW)")]
    [InlineData("en-US", "English (United States) (en-US)")]
    public void LanguageName_NamesTheLanguageInItself(string culture, string expected)
    {
        Assert.Equal(expected, CardLocale.LanguageName(culture));
    }
}
