using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Cards.Regions;
using BotCommit.Cards.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Regions;

/// <summary>
/// The region summary's chart (issue #17): per child the month forecast's roll-up, call and target as a Teams grouped bar
/// chart whose fallback carries the same numbers; distinct short labels; the card stays under the size limit for large
/// trees; the deals a manager moved are shown with their notes.
/// </summary>
public sealed class RegionSummaryChartTests
{
    private static readonly OrgNode s_region = new(NodeId.From("region:emea"), NodeKind.Region, "EMEA");
    private static readonly ReviewPeriod s_period = ReviewPeriod.For(ForecastWeek.Parse("2026-W50"), 1);

    [Fact]
    public void Chart_HasRollUpCallAndTarget_PerChild_AndItsFallbackCarriesTheSameNumbers()
    {
        var summary = Summary(
            Child("team-de", "Sales DACH", rollUp: 1_000m, call: 1_200m, target: 1_500m),
            Child("team-uk", "Sales UK", rollUp: 2_500m, call: 2_000m, target: null));

        var card = RegionSummaryCard.Build(s_region, summary, "EUR", CardLocale.English).ToJson();

        var chart = Assert.Single(CardClient.OfType(card, "Chart.VerticalBar.Grouped"));
        var series = chart["data"]!.AsArray().Select(s => ((string)s!["legend"]!, Points(s!))).ToList();
        Assert.Equal(["Roll-up", "Call", "Target"], series.Select(s => s.Item1));
        // Largest month call first; the shared "Sales " is dropped from the labels.
        Assert.Equal([("UK", 2_500m), ("DACH", 1_000m)], series[0].Item2);
        Assert.Equal([("UK", 2_000m), ("DACH", 1_200m)], series[1].Item2);
        Assert.Equal([("UK", 0m), ("DACH", 1_500m)], series[2].Item2);

        var facts = chart["fallback"]!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!)).ToList();
        Assert.Equal(
            [("Sales UK", "month: roll-up 2,500 · call 2,000 · target —"), ("Sales DACH", "month: roll-up 1,000 · call 1,200 · target 1,500")],
            facts);
        foreach (var child in summary.Children)
        {
            var value = facts.Single(f => f.Item1 == child.Node.Name).Item2;
            Assert.Contains(child.RollUp.MonthForecast.ToString("N0", CultureInfo.GetCultureInfo("en-US")), value, StringComparison.Ordinal);
            Assert.Contains(child.Call.MonthForecast.ToString("N0", CultureInfo.GetCultureInfo("en-US")), value, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en-US", "Month forecast per child: roll-up, call and target", "Roll-up")]
    [InlineData("zh-CN", "各下级本月预测：汇总、承诺与目标", "汇总")]
    [InlineData("zh-TW", "各下級本月預測：彙總、承諾與目標", "彙總")]
    public void Chart_IsInTheReadersLanguage(string culture, string title, string legend)
    {
        var card = RegionSummaryCard.Build(s_region, Summary(Child("team-de", "DE", 1m, 2m, 3m)), "EUR", CardLocale.For(culture, culture)).ToJson();

        var chart = Assert.Single(CardClient.OfType(card, "Chart.VerticalBar.Grouped"));
        Assert.Equal(title, (string?)chart["title"]);
        Assert.Equal(legend, (string?)chart["data"]![0]!["legend"]);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void ManyChildren_CardStaysUnderTheLimit_ChartShowsTheLargest_WithDistinctLabels(string culture)
    {
        // 150 children with long, alike names (the first 40 characters equal) and notes on every change.
        var children = Enumerable.Range(1, 150).Select(i =>
            Child($"team-{i:000}", $"华东销售大区第二事业部上海浦东新区重点客户团队 Sales Region North-East Key Accounts {i}", i * 100m, i * 110m, i * 120m)
            with
            {
                Record = new CallSubmission(NodeId.From($"team-{i:000}"), s_period.Week, RepId.From("m"), DateTimeOffset.UnixEpoch, [new FigureChange(CallFigure.ThisWeekCommit, 1m, new string('注', 400))], []),
            }).ToArray();
        var judgements = children.Select(c => new JudgementChange(c.Node.Id, c.Node.Name, CallFigure.MonthForecast, c.RollUp.MonthForecast, c.Call.MonthForecast, [new string('注', 400)])).ToList();
        var summary = Summary(children) with { BiggestJudgements = judgements };

        var card = RegionSummaryCard.Build(s_region, summary, "CNY", CardLocale.For(culture, culture)).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= RegionSummaryCard.MaxCardBytes, $"{CardSize.Utf16Bytes(card)} bytes");
        var chart = Assert.Single(CardClient.OfType(card, "Chart.VerticalBar.Grouped"));
        var labels = chart["data"]![0]!["values"]!.AsArray().Select(v => (string)v!["x"]!).ToList();
        Assert.Equal(RegionSummaryCard.MaxChartChildren, labels.Count);
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, l => Assert.InRange(l.Length, 1, 14));
        Assert.Equal(150m * 110m, Points(chart["data"]![1]!)[0].Value); // the largest month call first
        Assert.Equal(RegionSummaryCard.MaxChartChildren, chart["fallback"]!["facts"]!.AsArray().Count);
        var texts = CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!).ToList();
        Assert.Contains(texts, t => culture == "en-US" ? t.Contains("more children", StringComparison.Ordinal) : t.StartsWith("另有", StringComparison.Ordinal));
    }

    [Fact]
    public void MovedDeals_AreShownUnderTheirChild_WithTheNote()
    {
        var move = new MovedDeal(TeamId.From("19:t@thread.tacv2"), RepId.From("r1"), DealId.From("u7"), ForecastCategory.Upside, ForecastCategory.Commit, 50_000m, new DateOnly(2026, 12, 10), CallFigures.Zero, "signs Thursday");
        var child = Child("team-de", "Sales DE", 100m, 150m, null) with
        {
            Record = new CallSubmission(NodeId.From("team-de"), s_period.Week, RepId.From("m"), DateTimeOffset.UnixEpoch, [], [move]),
        };

        var card = RegionSummaryCard.Build(s_region, Summary(child), "EUR", CardLocale.English).ToJson();

        var line = Assert.Single(CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!), t => t.StartsWith("Moved deal u7", StringComparison.Ordinal));
        Assert.StartsWith("Moved deal u7: Upside → Commit (", line, StringComparison.Ordinal);
        Assert.Contains("50,000", line, StringComparison.Ordinal);
        Assert.EndsWith(") — signs Thursday", line, StringComparison.Ordinal);
    }

    [Fact]
    public void MovedDeal_IsNamedByItsAccountAndName_WhenTheCallKeptThem()
    {
        var move = new MovedDeal(TeamId.From("19:t@thread.tacv2"), RepId.From("r1"), DealId.From("u7"), ForecastCategory.Upside, ForecastCategory.Commit, 50_000m, new DateOnly(2026, 12, 10), CallFigures.Zero, "signs Thursday")
        {
            Account = "Globex*",
            Name = "Expansion",
        };
        var child = Child("team-de", "Sales DE", 100m, 150m, null) with
        {
            Record = new CallSubmission(NodeId.From("team-de"), s_period.Week, RepId.From("m"), DateTimeOffset.UnixEpoch, [], [move]),
        };

        var card = RegionSummaryCard.Build(s_region, Summary(child), "EUR", CardLocale.English).ToJson();

        var texts = CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!).ToList();
        Assert.Contains(texts, t => t.StartsWith("Moved deal **Globex\\*** · Expansion: Upside → Commit (", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("u7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "Sales EMEA", "Sales UK", "Sales AU" }, new[] { "EMEA", "UK", "AU" })]
    [InlineData(new[] { "华东销售一部", "华东销售二部" }, new[] { "一部", "二部" })]
    [InlineData(new[] { "Key Accounts North 1", "Key Accounts North 2" }, new[] { "1", "2" })]
    [InlineData(new[] { "Enterprise Accounts Germany", "Enterprise Accounts Austria" }, new[] { "Germany", "Austria" })]
    [InlineData(new[] { "Germany Enterprise Accounts West", "Germany Enterprise Accounts East", "Alpha" }, new[] { "Germany Enter…", "Germany Ent… 2", "Alpha" })]
    [InlineData(new[] { "DE" }, new[] { "DE" })]
    public void ChartLabels_AreShort_AndDistinct(string[] names, string[] expected)
    {
        Assert.Equal(expected, ChartLabels.Distinct(names, 14));
    }

    private static List<(string Label, decimal Value)> Points(JsonNode series) =>
        [.. series["values"]!.AsArray().Select(v => ((string)v!["x"]!, v["y"]!.GetValue<decimal>()))];

    private static RegionLine Child(string id, string name, decimal rollUp, decimal call, decimal? target) =>
        new(new OrgNode(NodeId.From(id), NodeKind.Region, name), CallFigures.Zero with { MonthForecast = rollUp, QuarterForecast = rollUp },
            CallFigures.Zero with { MonthForecast = call, QuarterForecast = call }, CallState.Called)
        {
            MonthTarget = target,
        };

    private static RegionSummary Summary(params RegionLine[] children)
    {
        var own = new RegionLine(s_region, CallFigures.Zero, CallFigures.Zero, CallState.Pending) { RepsExpected = 4, RepsOnTime = 3, CallsExpected = 2, CallsMade = 1 };
        return new RegionSummary(s_period, own, children, []);
    }
}
