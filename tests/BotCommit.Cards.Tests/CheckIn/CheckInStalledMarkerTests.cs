using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.CheckIn;

/// <summary>The rep's own card marks each stalled deal on its line, in the reader's language; other deals are unmarked.</summary>
public sealed class CheckInStalledMarkerTests
{
    [Theory]
    [InlineData("en-US", "⚠ Stalled: in 70 % for 9 weeks; close date moved 3 times")]
    [InlineData("zh-CN", "⚠ 停滞：在 70 % 阶段已 9 周；预计成交日期已推迟 3 次")]
    [InlineData("zh-TW", "⚠ 停滯：在 70 % 階段已 9 週；預計成交日期已延後 3 次")]
    public void StalledDeal_IsMarkedOnItsLine(string language, string marker)
    {
        var history = new DealStageHistory(RepId.From("rep"), "Ann", Samples.Upside, Samples.Week, 63, false, 3);
        var model = Samples.Model() with
        {
            Stalled = new Dictionary<DealId, StalledDeal> { [Samples.Upside.Id] = new(history, [StallReason.LongInStage, StallReason.RepeatedSlips]) },
        };

        var texts = CardJson.Texts(CheckInCard.Build(model, CardLocale.For(language, "en-US")).ToJson());

        var line = Assert.Single(texts, t => t.StartsWith('⚠'));
        Assert.Equal(marker, line);
    }

    [Fact]
    public void NoStalledDeals_NoMarker()
    {
        var texts = CardJson.Texts(CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson());

        Assert.DoesNotContain(texts, t => t.Contains("Stalled", StringComparison.Ordinal));
    }
}
