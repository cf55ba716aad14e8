using BotCommit.Cards.Pipeline;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Monthly;

public sealed class PipelineListsCardTests
{
    [Theory]
    [InlineData("en-US", "TOP lists and stalled deals — 2027-W01", "TOP 10: closing (≥ 90 %, by the quarter's end)", "Alex Doe · 80,000 · in 50 % for 9 weeks")]
    [InlineData("zh-CN", "TOP 项目列表和停滞商机 — 2027年第1周", "TOP 10 项目列表：收尾（≥ 90 %，本季度内）", "Alex Doe · 80,000 · 在 50 % 阶段已 9 周")]
    [InlineData("zh-TW", "TOP 專案列表和停滯商機 — 2027年第1週", "TOP 10 專案列表：收尾（≥ 90 %，本季內）", "Alex Doe · 80,000 · 在 50 % 階段已 9 週")]
    public void ThreeLanguages_ListsAndStalledDeals(string language, string title, string closingHeader, string stalledValue)
    {
        var card = PipelineListsCard.Build(MonthlyScenario.Lists(), 10, MonthlyScenario.Stalled(), CardLocale.For(language, "en-US")).ToJson();
        var texts = CardJson.Texts(card);

        Assert.Equal(title, texts[0]);
        Assert.Contains(closingHeader, texts);
        Assert.Contains(stalledValue, CardJson.Facts(card).Select(f => f.Value));
        Assert.Equal(3, CardJson.Facts(card).Count - MonthlyScenario.Stalled().Count + 1);
    }

    [Fact]
    public void StallSinceTheOldestWeekRead_SaysAtLeast_BothReasonsJoined()
    {
        var history = new DealStageHistory(RepId.From("a"), "A", MonthlyScenario.Deal("X", ForecastCategory.Pipeline, 1m, 25), MonthlyScenario.Week, 84, true, 2);
        var text = PipelineText.StallReasons(CardLocale.English, new StalledDeal(history, [StallReason.LongInStage, StallReason.RepeatedSlips]));

        Assert.Equal("in 25 % for at least 12 weeks; close date moved 2 times", text);
    }

    [Fact]
    public void ManyStalledDeals_AreCapped_AndCounted_WithinTheSizeLimit()
    {
        var stalled = Enumerable.Range(1, 200).Select(i => new StalledDeal(
            new DealStageHistory(RepId.From("r" + i), new string('名', 60), MonthlyScenario.Deal("D" + i, ForecastCategory.Pipeline, i, 50) with { Account = new string('客', 120), Name = new string('项', 120) }, MonthlyScenario.Week, 70, false, 0),
            [StallReason.LongInStage])).ToList();

        var card = PipelineListsCard.Build(MonthlyScenario.Lists(), TopListSize.Max, stalled, CardLocale.For("zh-CN", "zh-CN"));

        Assert.True(CardSize.Utf16Bytes(card.ToJson()) <= PipelineListsCard.MaxCardBytes);
        Assert.Contains(CardJson.Texts(card.ToJson()), t => t.Contains("共 200 个停滞商机", StringComparison.Ordinal));
    }
}
