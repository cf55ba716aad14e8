using System.Text.Json.Nodes;
using BotCommit.Cards.Monthly;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Monthly;

public sealed class RegionMonthlyReviewCardTests
{
    [Fact]
    public void English_TitleNamesRegionAndMonth_RegionLineThenOneCompactLinePerChild()
    {
        var texts = CardJson.Texts(Card("en-US"));

        Assert.Equal("Monthly forecast review — EMEA — January 2027", texts[0]);
        Assert.Equal("Region EMEA (its children summed)", texts[2]);
        Assert.StartsWith("⚠ 12-mo forecast: 1,200,000 of 1,320,000", texts[3], StringComparison.Ordinal);
        Assert.Contains("⚠ Monthly compliance: 3 of 4 (75.0 %)", texts[3], StringComparison.Ordinal);
        Assert.Equal(["Germany", "UK"], texts.Where(t => t is "Germany" or "UK"));
        var germany = texts[texts.IndexOf("Germany") + 1];
        Assert.Contains("⚠ volatility: 25.0 %", germany, StringComparison.Ordinal);
        Assert.Contains("Monthly compliance: 2 of 2 (", germany, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠ Monthly compliance", germany, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "月度预测跟踪总结 — EMEA — ", "大区 EMEA（下级合计）", "各团队及下级大区")]
    [InlineData("zh-TW", "月度預測跟蹤總結 — EMEA — ", "大區 EMEA（下級合計）", "各團隊及下級大區")]
    public void Chinese_TitleAndHeadersInTheReadersLanguage(string language, string title, string region, string children)
    {
        var texts = CardJson.Texts(Card(language));

        Assert.StartsWith(title, texts[0], StringComparison.Ordinal);
        Assert.Contains(region, texts);
        Assert.Contains(children, texts);
        Assert.DoesNotContain(texts, t => t.Contains("Monthly compliance", StringComparison.Ordinal));
    }

    [Fact]
    public void ManyChildren_AreCutToTheSizeLimit_AndCounted()
    {
        var children = Enumerable.Range(0, 400).Select(i => Line("t" + i, "Team with a fairly long name " + i, MonthlyScenario.Figures(500_000m, 660_000m, 0.1m), 5, 5)).ToList();
        var review = Review() with { Children = children };

        var json = RegionMonthlyReviewCard.Build(review, "EUR", CardLocale.For("en-US", "en-US")).ToJson();

        Assert.True(CardSize.Utf16Bytes(json) <= RegionMonthlyReviewCard.MaxCardBytes);
        Assert.Contains(CardJson.Texts(json), t => t.EndsWith("more children are not shown: the card is at Teams' size limit.", StringComparison.Ordinal));
    }

    private static JsonObject Card(string language) =>
        RegionMonthlyReviewCard.Build(Review(), "EUR", CardLocale.For(language, "en-US")).ToJson();

    private static RegionMonthlyReview Review() => new(
        NodeId.From("emea"),
        MonthlyScenario.Month,
        new RegionMonthlyLine(new OrgNode(NodeId.From("emea"), NodeKind.Region, "EMEA"), MonthlyScenario.Figures(1_200_000m, 1_320_000m, 0.18m, MonthlyWarning.ForecastBelowTarget))
        {
            ExpectedCount = 4,
            OnTimeCount = 3,
        },
        [
            Line("t-de", "Germany", MonthlyScenario.Figures(700_000m, 660_000m, 0.25m, MonthlyWarning.VolatilityHigh), 2, 2),
            Line("t-uk", "UK", MonthlyScenario.Figures(500_000m, 660_000m, 0.1m, MonthlyWarning.ForecastBelowTarget), 2, 1),
        ]);

    private static RegionMonthlyLine Line(string id, string name, MonthlyFigures figures, int expected, int onTime) =>
        new(OrgNode.ForTeam(TeamId.From(id), name), figures) { ExpectedCount = expected, OnTimeCount = onTime };
}
