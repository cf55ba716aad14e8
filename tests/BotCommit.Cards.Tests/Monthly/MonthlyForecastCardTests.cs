using System.Globalization;
using BotCommit.Cards.Monthly;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Monthly;

public sealed class MonthlyForecastCardTests
{
    private static readonly YearMonth December = new(2026, 12);
    private static readonly TeamSettings Team = new(TeamId.From("t1")) { Currency = "CNY", Culture = "zh-CN", TimeZoneId = "Asia/Shanghai" };
    private static readonly Rep Rep = new(Team.Id, RepId.From("r1"), "Wang");
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static MonthlyCheckInView View(MonthlyForecast? previous = null, MonthlyForecast? latest = null) =>
        PrepareMonthlyForecast.Build(
            Team,
            Rep,
            December,
            latest,
            previous,
            [new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 1_200_000m, new DateOnly(2026, 12, 20), Stage.From(90))],
            Now);

    private static MonthlyForecast Previous() =>
        new(Team.Id, Rep.Id, new YearMonth(2026, 11), [.. MonthlyCalendar.Window(new YearMonth(2026, 11)).Select(m => new MonthForecastLine(m, 1000m, 10m))])
        {
            SubmittedAt = Now.AddMonths(-1),
        };

    [Theory]
    [InlineData("en-US", "Monthly forecast · December 2026", "Dec 2026")]
    [InlineData("zh-CN", "月度预测 · 2026年12月", "2026年12月")]
    [InlineData("zh-TW", "月度預測 · 2026年12月", "2026年12月")]
    public void Build_HasTitleTwelveRowsWithHintsActionPlanAndSubmit_InTheReadersLanguage(string language, string title, string firstMonth)
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View()), CardLocale.ForReader(language, Team)).ToJson();

        var texts = CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!).ToList();
        Assert.Equal(title, texts[0]);
        Assert.Contains(firstMonth, texts);
        Assert.Equal(25, CardClient.Inputs(card).Count);
        Assert.Contains(texts, t => t.Contains("120万", StringComparison.Ordinal) || t.Contains("1,200,000", StringComparison.Ordinal));
        Assert.NotNull(CardClient.Execute(card, MonthlyForecastVerbs.Submit));
        Assert.True(CardSize.Utf16BytesAllEscaped(card) < CardSize.TargetActivityBytes, "the card stays under the 40 KB advice");
    }

    [Theory]
    [InlineData("en-US", "optional")]
    [InlineData("zh-CN", "可选")]
    [InlineData("zh-TW", "選填")]
    public void Build_UpsideInputs_HintWithAWord_NotAZeroThatLooksEntered(string language, string hint)
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View()), CardLocale.ForReader(language, Team)).ToJson();

        var upsides = CardClient.OfType(card, "Input.Text").Where(i => ((string)i["id"]!).StartsWith(MonthlyForecastInputs.Upside(0)[..^1], StringComparison.Ordinal)).ToList();
        Assert.Equal(12, upsides.Count);
        Assert.All(upsides, i => Assert.Equal(hint, (string?)i["placeholder"]));
    }

    [Fact]
    public void Build_Prefilled_ShowsLastMonthsValues_AndLeavesTheNewMonthEmpty()
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View(previous: Previous())), CardLocale.English).ToJson();

        var inputs = CardClient.Inputs(card);
        Assert.Equal("1000", inputs[MonthlyForecastInputs.Forecast(0)]);
        Assert.Equal("10", inputs[MonthlyForecastInputs.Upside(10)]);
        Assert.Equal(string.Empty, inputs[MonthlyForecastInputs.Forecast(11)]);
    }

    [Fact]
    public void Parse_PressingSubmit_ReadsEveryMonth_InCardOrder_WithChineseAmounts()
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View(previous: Previous())), CardLocale.English).ToJson();
        var data = CardClient.Press(card, MonthlyForecastVerbs.Submit, new Dictionary<string, string>
        {
            [MonthlyForecastInputs.Forecast(11)] = "120万",
            [MonthlyForecastInputs.Upside(11)] = "",
            [MonthlyForecastInputs.ActionPlan] = "Close Contoso",
        });

        var result = Assert.IsType<MonthlyParseResult.Submitted>(MonthlyForecastParser.Parse(data, December, 1_000_000_000m, CultureInfo.GetCultureInfo("zh-CN")));

        Assert.Equal(MonthlyCalendar.Window(December), result.Entries.Select(e => e.Month));
        Assert.Equal(1_200_000m, result.Entries[11].Forecast);
        Assert.Null(result.Entries[11].Upside);
        Assert.Equal(1000m, result.Entries[0].Forecast);
        Assert.Equal("Close Contoso", result.ActionPlan);
        Assert.Empty(MonthlyForecastRules.Check(December, result.Entries, result.ActionPlan, 1_000_000_000m));
    }

    [Fact]
    public void Parse_UnreadableAmount_IsInvalid_AndKeepsWhatWasTyped()
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View()), CardLocale.English).ToJson();
        var data = CardClient.Press(card, MonthlyForecastVerbs.Submit, new Dictionary<string, string> { [MonthlyForecastInputs.Forecast(2)] = "lots" });

        var invalid = Assert.IsType<MonthlyParseResult.Invalid>(MonthlyForecastParser.Parse(data, December, 1_000_000m, CultureInfo.InvariantCulture));

        Assert.Equal(MonthlyForecastInputs.Forecast(2), Assert.Single(invalid.Errors).InputId);
        Assert.Equal("lots", invalid.Typed[2].Forecast);
    }

    [Fact]
    public void Parse_CardOfAnotherMonthOrVersion_IsStale_AndEditIsEdit()
    {
        var card = MonthlyForecastCard.Build(MonthlyForecastCardModel.From(View()), CardLocale.English).ToJson();
        var data = CardClient.PressFallback(card, MonthlyForecastVerbs.Submit);

        Assert.IsType<MonthlyParseResult.Stale>(MonthlyForecastParser.Parse(data, December.AddMonths(1), 1m, null));
        data[MonthlyForecastInputs.CardVersion] = 99;
        Assert.IsType<MonthlyParseResult.Stale>(MonthlyForecastParser.Parse(data, December, 1m, null));
        data[MonthlyForecastInputs.CardVersion] = MonthlyForecastCard.CardVersion;
        data["verb"] = MonthlyForecastVerbs.Edit;
        Assert.IsType<MonthlyParseResult.Edit>(MonthlyForecastParser.Parse(data, December, 1m, null));
    }

    [Fact]
    public void Build_WithViolations_ShowsEachUnderItsField_InWords()
    {
        var model = MonthlyForecastCardModel.From(View()) with
        {
            Violations =
            [
                new MonthlyForecastViolation(MonthlyForecastRule.ForecastMissing, MonthlyForecastField.Forecast, December.AddMonths(3)),
                new MonthlyForecastViolation(MonthlyForecastRule.ActionPlanTooLong, MonthlyForecastField.ActionPlan, null),
            ],
        };

        var texts = CardClient.OfType(MonthlyForecastCard.Build(model, CardLocale.ForReader("zh-CN", Team)).ToJson(), "TextBlock").Select(t => (string)t["text"]!).ToList();

        Assert.Contains("有 2 处问题，尚未保存。请查看下方标出的栏位。", texts);
        Assert.Contains("请填写 2027年3月 的预测（预计没有就填 0）。", texts);
        Assert.Contains("行动计划最多 280 个字。", texts);
    }

    [Theory]
    [InlineData(MonthlySubmissionKind.OnTime, "before the deadline")]
    [InlineData(MonthlySubmissionKind.Late, "counts as late")]
    [InlineData(MonthlySubmissionKind.Revision, "as a revision")]
    public void Receipt_SaysWhatTheSubmissionBecame_AndOffersEdit(MonthlySubmissionKind kind, string words)
    {
        var stored = Previous() with { ActionPlan = "Plan **bold**" };

        var card = MonthlyReceiptCard.Build(new MonthlyReceiptModel(stored, kind, Now, "USD"), CardLocale.English).ToJson();

        var texts = CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!).ToList();
        Assert.Equal("Monthly forecast for November 2026 received", texts[0]);
        Assert.Contains(words, texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Plan **bold**", texts);
        Assert.NotNull(CardClient.Execute(card, MonthlyForecastVerbs.Edit));
        Assert.Contains(CardClient.OfType(card, "FactSet").Single()["facts"]!.AsArray(), f => (string)f!["value"]! == "Forecast 12,000 USD · Upside 120 USD");
    }
}
