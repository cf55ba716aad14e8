using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Tests.Regions;

/// <summary>The region summary card's own line: a region whose reps were not expected this week says so in words, not "0/0".</summary>
public sealed class RegionSummaryCardTests
{
    private static readonly System.Text.Json.JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly OrgNode s_region = new(NodeId.From("region:emea"), NodeKind.Region, "EMEA");

    [Theory]
    [InlineData("en-US", "no reps expected this week")]
    [InlineData("zh-CN", "本周没有需要上交的销售代表")]
    [InlineData("zh-TW", "本週沒有需要上交的業務代表")]
    public void NoRepsExpected_SaysSo_InTheReadersLanguage(string culture, string expected)
    {
        var json = RegionSummaryCard.Build(s_region, Summary(repsExpected: 0, repsOnTime: 0), "EUR", CardLocale.For(culture, culture)).ToJson().ToJsonString(s_json);

        Assert.Contains(expected, json, StringComparison.Ordinal);
        Assert.DoesNotContain("0/0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RepsExpected_ShowsOnTimeOverExpected()
    {
        var json = RegionSummaryCard.Build(s_region, Summary(repsExpected: 4, repsOnTime: 3), "EUR", CardLocale.English).ToJson().ToJsonString(s_json);

        Assert.Contains("3/4", json, StringComparison.Ordinal);
        Assert.DoesNotContain("no reps expected", json, StringComparison.Ordinal);
    }

    private static RegionSummary Summary(int repsExpected, int repsOnTime)
    {
        var line = new RegionLine(s_region, CallFigures.Zero, CallFigures.Zero, CallState.Pending) { RepsExpected = repsExpected, RepsOnTime = repsOnTime, CallsExpected = 2, CallsMade = 1 };
        return new RegionSummary(ReviewPeriod.For(ForecastWeek.Parse("2026-W50"), 1), line, [], []);
    }
}
