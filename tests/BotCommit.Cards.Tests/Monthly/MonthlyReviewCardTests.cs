using System.Text.Json.Nodes;
using BotCommit.Cards.Monthly;
using BotCommit.Cards.Pipeline;
using BotCommit.Cards.Summary;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Monthly;

public sealed class MonthlyReviewCardTests
{
    private static JsonObject Card(MonthlyReviewCardModel? model = null, string language = "en-US") =>
        MonthlyReviewCard.Build(model ?? MonthlyScenario.Model(), CardLocale.For(language, "en-US")).ToJson();

    [Fact]
    public void English_ShowsTheTeamFiguresWithBands_AndFlagsWhatTheDomainFlagged()
    {
        var card = Card();
        var texts = CardJson.Texts(card);

        Assert.Equal("Monthly forecast review — January 2027", texts[0]);
        Assert.Contains("⚠ 12-month forecast: 1,200,000 of 1,320,000 target (healthy: ≥ 12-month target)", texts);
        Assert.Contains("⚠ Monthly compliance: 1 of 2 (50.0 %) (healthy: 100 %, no exceptions)", texts);
        Assert.Equal("97.0 % · healthy: 95–110 %", CardJson.Fact(card, "Plan achievement (last month)"));
        Assert.Equal("18.0 % · healthy: ≤ 20 %, lower is better", CardJson.Fact(card, "Forecast volatility"));
        Assert.Equal("+6.0 % · healthy: ≥ 5 % required, ≥ 10 % good", CardJson.Fact(card, "Pipeline growth (month over month)"));
        Assert.Equal("+12.5 % (good) · healthy: ≥ 5 % required, ≥ 10 % good", CardJson.Fact(card, "Forecast growth (month over month)"));
        Assert.Equal("160.0 % · healthy: ≥ 150 %", CardJson.Fact(card, "Pipeline coverage (12 months)"));
        Assert.Equal("55.0 % (last month 52.0 %) · healthy: not lower than last month", CardJson.Fact(card, "Pipeline quality: mean stage"));
        Assert.Equal("60.0 % (last month 58.0 %) · healthy: not lower than last month", CardJson.Fact(card, "Pipeline quality: share at stage ≥ 50 %"));
        Assert.Equal("300,000", CardJson.Fact(card, "12-month upside"));
    }

    [Fact]
    public void ForecastChart_HasTwelveMonths_AndAFallbackWithTheSameNumbers()
    {
        var charts = CardClient.OfType(Card(), GroupedBarChart.ElementType).ToList();
        var forecast = charts.Single(c => (string)c["title"]! == "12-month forecast against the targets");

        var series = forecast["data"]!.AsArray();
        Assert.Equal(["Forecast", "Target"], series.Select(s => (string)s!["legend"]!));
        Assert.Equal(12, series[0]!["values"]!.AsArray().Count);
        Assert.Equal("Jan", (string)series[0]!["values"]![0]!["x"]!);
        Assert.Equal("Dec", (string)series[0]!["values"]![11]!["x"]!);
        Assert.Equal(111_000m, (decimal)series[0]!["values"]![11]!["y"]!);
        var fallback = CardJson.Facts(forecast["fallback"]!);
        Assert.Equal(12, fallback.Count);
        Assert.Equal(("January 2027", "forecast 100,000 · upside 25,000 · target 110,000 · pipeline 180,000"), fallback[0]);
        Assert.Equal(("December 2027", "forecast 111,000 · upside 25,000 · target no target · pipeline 180,000"), fallback[11]);
    }

    [Fact]
    public void Funnel_ShowsCountAmountAndGrowthPerPhase_FlaggingBelowFifteenPercent()
    {
        var card = Card();
        var texts = CardJson.Texts(card);

        Assert.Contains("Funnel: 2027-W01 against 2026-W40 (same week one quarter earlier)", texts);
        Assert.Equal("12 deals · 1,150,000 · Q-Q +15.0 % (deals +20.0 %) · healthy: ≥ 15 % Q-Q", CardJson.Fact(card, "Above funnel (0–25 %)"));
        Assert.Contains("⚠ In funnel (50 %): 5 deals · 520,000 · Q-Q +4.0 % (deals 0.0 %) (healthy: ≥ 15 % Q-Q)", texts);
        Assert.Equal("4 deals · 400,000 · Q-Q none a quarter earlier (deals none a quarter earlier) · healthy: ≥ 15 % Q-Q", CardJson.Fact(card, "Best few (60–90 %)"));
        var funnelChart = CardClient.OfType(card, GroupedBarChart.ElementType).Single(c => (string)c["title"]! == "Funnel amount by phase");
        Assert.Equal(["Above", "In funnel", "Best few", "Order"], funnelChart["data"]![0]!["values"]!.AsArray().Select(v => (string)v!["x"]!));
        Assert.Contains(("Order (100 %)", "now 200,000 · a quarter earlier 100,000"), CardJson.Facts(funnelChart["fallback"]!));
    }

    [Fact]
    public void Reps_EachLineCarriesEveryFigure_WithAFlagOnThoseOutsideTheirBand()
    {
        var card = Card();
        var texts = CardJson.Texts(CardJson.ById(card, MonthlyReviewCard.RepLinesId));

        Assert.Equal("Alex Doe", texts[0]);
        Assert.Equal(
            "⚠ 12-mo forecast: 600,000 of 660,000 target · upside: 300,000 · plan achieved: 97.0 % · ⚠ volatility: 25.0 % · "
            + "pipeline growth: +6.0 % · forecast growth: +12.5 % (good) · coverage: 160.0 % · mean stage: 55.0 % (last month 52.0 %) · "
            + "at ≥ 50 %: 60.0 % (last month 58.0 %)",
            texts[1]);
        Assert.Equal("No forecast: Sam Lee", texts[2]); // no forecast of record at all: one collapsed line, no figures
        Assert.Equal(3, texts.Count);
    }

    [Theory]
    [InlineData("en-US", "Jan", "Dec", "No forecast: Sam Lee")]
    [InlineData("zh-CN", "1", "12", "未上交预测：Sam Lee")]
    [InlineData("zh-TW", "1", "12", "未上交預測：Sam Lee")]
    public void ChartMonths_AreShortLabelsThatFit_AndRepsWithoutForecast_AreOneLine(string language, string first, string last, string collapsed)
    {
        var card = MonthlyReviewCard.Build(MonthlyScenario.Model(), CardLocale.For(language, language)).ToJson();
        var chart = CardClient.OfType(card, GroupedBarChart.ElementType).First();

        var labels = chart["data"]![0]!["values"]!.AsArray().Select(v => (string)v!["x"]!).ToList();
        Assert.Equal((first, last), (labels[0], labels[11]));
        Assert.Equal(12, labels.Distinct().Count());
        Assert.All(labels, l => Assert.True(l.Length <= 3 && (language == "en-US" || l.Length <= 2), l)); // the chart cuts "12月" to "1…"
        Assert.Contains(collapsed, CardJson.Texts(CardJson.ById(card, MonthlyReviewCard.RepLinesId)));
        Assert.Single(CardJson.Texts(CardJson.ById(card, MonthlyReviewCard.RepLinesId)), t => t.Contains("Sam Lee", StringComparison.Ordinal));
    }

    [Fact]
    public void ManyRepsWithoutForecast_AreNamedUpToTheCap_AndCounted()
    {
        var review = MonthlyScenario.Review(reps: 2);
        var silent = Enumerable.Range(1, 45).Select(i => new BotCommit.Forecasting.Monthly.RepMonthlyReview(
            Forecasting.Teams.RepId.From("s" + i), $"Silent {i:D2}", review.Reps[1].Figures));
        var card = Card(MonthlyScenario.Model(review with { Reps = [.. review.Reps, .. silent] }));

        var line = Assert.Single(CardJson.Texts(card), t => t.StartsWith("No forecast: ", StringComparison.Ordinal));
        Assert.EndsWith(" and 6 more", line, StringComparison.Ordinal); // Sam and 45 silent reps, 40 named
        Assert.Contains("Sam Lee, Silent 01", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionPlans_TopListsAndStalledDeals_AreListed_UserTextEscaped()
    {
        var card = Card();
        var facts = CardJson.Facts(card);
        var texts = CardJson.Texts(card);

        Assert.Contains(("Alex Doe", "Close \\*\\*Contoso\\*\\* before the 20th"), facts);
        Assert.Contains("TOP 10: booked this month", texts);
        Assert.Contains(("**Contoso** · Servers", "Alex Doe · 250,000 · 90 % · closes 2027-03-20 · 4 weeks in the list"), facts);
        Assert.Contains(("**Northwind** · Renewal", "Alex Doe · 90,000 · 100 % · closes 2027-01-04 · new in the list"), facts);
        Assert.Contains("None.", texts);
        Assert.Contains("Stalled deals (2)", texts);
        Assert.Contains(("**Contoso S1** · Deal S1", "Alex Doe · 80,000 · in 50 % for 9 weeks"), facts);
        Assert.Contains(("**Contoso S2** · Deal S2", "Sam Lee · 40,000 · close date moved 3 times"), facts);
    }

    [Theory]
    [InlineData("zh-CN", "月度预测跟踪总结 — ", "在 50 % 阶段已 9 周", "预计成交日期已推迟 3 次", "漏斗中（50 %）")]
    [InlineData("zh-TW", "月度預測跟蹤總結 — ", "在 50 % 階段已 9 週", "預計成交日期已延後 3 次", "漏斗中（50 %）")]
    public void Chinese_EveryTextIsTranslated(string language, string title, string inStage, string slips, string phase)
    {
        var card = Card(language: language);
        var readable = CardJson.Readable(card);

        Assert.StartsWith(title, CardJson.Texts(card)[0], StringComparison.Ordinal);
        Assert.Contains(readable, t => t.Contains(inStage, StringComparison.Ordinal));
        Assert.Contains(readable, t => t.Contains(slips, StringComparison.Ordinal));
        Assert.Contains(readable, t => t.StartsWith("⚠ " + phase, StringComparison.Ordinal));
        Assert.DoesNotContain(readable, t => t.Contains("healthy", StringComparison.Ordinal) || t.Contains("weeks", StringComparison.Ordinal)
            || t.Contains("Forecast", StringComparison.Ordinal) || t.Contains("deals", StringComparison.Ordinal));
    }

    [Fact]
    public void TeamFiguresOnly_NamesNoRepAndNoDeal()
    {
        var card = Card(MonthlyScenario.Model() with { TeamFiguresOnly = true });
        var json = card.ToJsonString();

        Assert.DoesNotContain("Alex", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", json, StringComparison.Ordinal);
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith("Per-rep figures, action plans", StringComparison.Ordinal));
        Assert.Contains("12-month forecast", CardJson.Readable(card).First(t => t.StartsWith("⚠ 12-month", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void LargeTeam_WithLongChineseNames_StaysWithinTheSizeLimit_AndSaysWhoIsNotShown(string language)
    {
        var review = MonthlyScenario.Review(reps: 120, namePrefix: "销售代表欧阳长名字测试");
        var card = MonthlyReviewCard.Build(MonthlyScenario.Model(review), CardLocale.For(language, "zh-CN"));

        Assert.True(CardSize.Utf16Bytes(card.ToJson()) <= MonthlyReviewCard.MaxCardBytes);
        var reps = CardJson.Texts(CardJson.ById(card.ToJson(), MonthlyReviewCard.RepLinesId));
        var note = Assert.Single(reps, t => t.Contains(language == "en-US" ? "more reps are not shown" : "卡片大小限制", StringComparison.Ordinal));
        Assert.EndsWith("Sam Lee", reps[^1], StringComparison.Ordinal); // the one rep without a forecast: the collapsed line
        var shown = (reps.Count - 2) / 2; // the cut note and the collapsed line
        Assert.InRange(shown, 10, 118);
        Assert.Contains((119 - shown).ToString(System.Globalization.CultureInfo.InvariantCulture), note, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamOfTwenty_ShowsEveryRepAndPlan_WithoutTheCutNote()
    {
        var card = Card(MonthlyScenario.Model(MonthlyScenario.Review(reps: 20)));

        Assert.True(CardSize.Utf16Bytes(card) <= MonthlyReviewCard.MaxCardBytes);
        var reps = CardJson.Texts(CardJson.ById(card, MonthlyReviewCard.RepLinesId));
        Assert.Equal((19 * 2) + 1, reps.Count); // 19 reps with a forecast, two lines each; Sam on the "No forecast" line
        Assert.Equal(19, CardJson.Facts(card).Count(f => f.Value.Contains("plan xxx", StringComparison.Ordinal) || f.Value.StartsWith("Close", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void FiftyReps_WithFullTopListsOfLongNames_StaysWithinTheSizeLimit_ShowingEveryListedDeal(string language)
    {
        var model = MonthlyScenario.Model(MonthlyScenario.Review(reps: 50, namePrefix: "销售代表欧阳长名字测试")) with { TopLists = LongLists(25), TopListSize = 25 };

        var card = MonthlyReviewCard.Build(model, CardLocale.For(language, "zh-CN")).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= MonthlyReviewCard.MaxCardBytes);
        Assert.Equal(75, CardJson.Facts(card).Count(f => f.Title.Contains("非常长的客户名称", StringComparison.Ordinal)));
        Assert.Single(CardJson.Texts(CardJson.ById(card, MonthlyReviewCard.RepLinesId)), t => t.Contains(language == "en-US" ? "more reps are not shown" : "卡片大小限制", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "more in this list")]
    [InlineData("zh-CN", "此列表另有")]
    [InlineData("zh-TW", "此列表另有")]
    public void TopListsTooLongForTheCard_AreCutAlike_EachSayingHowManyAreNotShown(string language, string more)
    {
        var model = MonthlyScenario.Model(MonthlyScenario.Review(reps: 50, namePrefix: "销售代表欧阳长名字测试")) with { TopLists = LongLists(150), TopListSize = 25 };

        var card = MonthlyReviewCard.Build(model, CardLocale.For(language, "zh-CN")).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= MonthlyReviewCard.MaxCardBytes);
        var notes = CardJson.Texts(card).Where(t => t.Contains(more, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, notes.Count);
        var shown = CardJson.Facts(card).Count(f => f.Title.Contains("非常长的客户名称", StringComparison.Ordinal));
        Assert.InRange(shown, 3, 449);
        Assert.Equal(0, shown % 3); // each list cut to the same length
        var counted = notes.Sum(n => int.Parse(new string([.. n.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(450, shown + counted);
    }

    private static TopLists LongLists(int perList)
    {
        TopDeal Deal(string list, int i) => new(
            Forecasting.Teams.RepId.From("r" + i), "销售代表欧阳长名字测试 " + i, Forecasting.Deals.DealId.From(list + i),
            "非常长的客户名称有限公司第" + i + "分公司" + new string('客', 20), "非常长的商机名称" + new string('机', 30), 100_000m + i,
            new DateOnly(2027, 3, 20), Forecasting.Deals.Stage.From(90), Forecasting.Deals.ForecastCategory.Commit, 3);
        return new TopLists(
            MonthlyScenario.Week,
            [.. Enumerable.Range(0, perList).Select(i => Deal("w", i))],
            [.. Enumerable.Range(0, perList).Select(i => Deal("c", i))],
            [.. Enumerable.Range(0, perList).Select(i => Deal("b", i))]);
    }

    [Fact]
    public void EmptyFunnel_KeepsItsLines_ButDrawsNoChart()
    {
        var empty = MonthlyScenario.Funnel() with
        {
            Phases = [.. MonthlyScenario.Funnel().Phases.Select(p => p with { Count = 0, Amount = 0m, PreviousCount = 0, PreviousAmount = 0m })],
        };
        var card = Card(MonthlyScenario.Model() with { Funnel = empty });

        Assert.StartsWith("0 deals · 0 · ", CardJson.Fact(card, "Above funnel (0–25 %)"), StringComparison.Ordinal);
        Assert.Single(CardClient.OfType(card, GroupedBarChart.ElementType)); // the 12-month chart only
    }

    [Fact]
    public void NoForecastAndNoTarget_DrawsNo12MonthChart_AnyForecastDoes()
    {
        var review = MonthlyScenario.Review();
        var zero = review with
        {
            TeamFigures = review.TeamFigures with { Months = [.. review.TeamFigures.Months.Select(m => m with { Forecast = 0m, Target = null })] },
        };
        var one = zero with
        {
            TeamFigures = zero.TeamFigures with { Months = [.. zero.TeamFigures.Months.Select((m, i) => i == 5 ? m with { Forecast = 1m } : m)] },
        };

        Assert.Empty(CardClient.OfType(Card(MonthlyScenario.Model(zero) with { Funnel = null }), GroupedBarChart.ElementType));
        Assert.Single(CardClient.OfType(Card(MonthlyScenario.Model(one) with { Funnel = null }), GroupedBarChart.ElementType));
    }

    [Fact]
    public void NoFunnelNoLists_LeavesThoseSectionsOut()
    {
        var card = Card(MonthlyScenario.Model() with { Funnel = null, TopLists = null, Stalled = [] });
        var texts = CardJson.Texts(card);

        Assert.DoesNotContain(texts, t => t.StartsWith("Funnel", StringComparison.Ordinal) || t.StartsWith("TOP", StringComparison.Ordinal) || t.StartsWith("Stalled", StringComparison.Ordinal));
        Assert.Single(CardClient.OfType(card, GroupedBarChart.ElementType));
    }

    [Fact]
    public void TeamCulture_FormatsAmounts_ChineseMyriads()
    {
        var team = new TeamSettings(TeamId.From("t1")) { Culture = "zh-CN", AmountStyle = AmountStyle.Myriads };
        var card = MonthlyReviewCard.Build(MonthlyScenario.Model(), CardLocale.ForTeam(team)).ToJson();

        Assert.Contains(CardJson.Readable(card), t => t.Contains("120万", StringComparison.Ordinal));
    }
}
