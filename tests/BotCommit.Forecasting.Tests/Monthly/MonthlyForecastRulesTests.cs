using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Monthly;

public class MonthlyForecastRulesTests
{
    private static readonly YearMonth November = YearMonth.Parse("2026-11");

    [Fact]
    public void Check_TwelveValidMonths_BreaksNothing()
    {
        var entries = GivenMonthly.Entries("2026-11", "0 100.5/20 1000000000*10");

        Assert.Empty(MonthlyForecastRules.Check(November, entries, "Close Acme by the 20th", 1_000_000_000m));
    }

    [Fact]
    public void Check_EmptyForecasts_NamesEachMissingMonthInCalendarOrder()
    {
        var entries = GivenMonthly.Entries("2026-11", "1*12").ToList();
        entries[5] = entries[5] with { Forecast = null };
        entries.RemoveAt(2);

        var broken = MonthlyForecastRules.Check(November, entries, null, 1000m);

        Assert.Equal(
            [
                new MonthlyForecastViolation(MonthlyForecastRule.ForecastMissing, MonthlyForecastField.Forecast, YearMonth.Parse("2027-01")),
                new MonthlyForecastViolation(MonthlyForecastRule.ForecastMissing, MonthlyForecastField.Forecast, YearMonth.Parse("2027-04")),
            ],
            broken);
    }

    [Theory]
    [InlineData("forecast negative", "-1", "0", MonthlyForecastRule.AmountNegative, MonthlyForecastField.Forecast)]
    [InlineData("upside negative", "1", "-0.01", MonthlyForecastRule.AmountNegative, MonthlyForecastField.Upside)]
    [InlineData("forecast three decimals", "1.005", "0", MonthlyForecastRule.AmountTooPrecise, MonthlyForecastField.Forecast)]
    [InlineData("forecast above ceiling", "1000.01", "0", MonthlyForecastRule.AmountAboveCeiling, MonthlyForecastField.Forecast)]
    [InlineData("upside above ceiling", "0", "1001", MonthlyForecastRule.AmountAboveCeiling, MonthlyForecastField.Upside)]
    public void Check_BadAmount_NamesRuleFieldAndMonth(string row, string forecast, string upside, MonthlyForecastRule rule, MonthlyForecastField field)
    {
        var entries = GivenMonthly.Entries("2026-11", "1*12");
        entries[1] = entries[1] with { Forecast = Given.Number(forecast), Upside = Given.Number(upside) };

        var broken = MonthlyForecastRules.Check(November, entries, null, 1000m);

        Assert.True(broken.Count == 1, row);
        Assert.Equal(new MonthlyForecastViolation(rule, field, YearMonth.Parse("2026-12")), broken[0]);
    }

    [Fact]
    public void Check_ForeignAndRepeatedMonths_AreNamed()
    {
        var entries = GivenMonthly.Entries("2026-11", "1*12").ToList();
        entries.Add(new MonthlyForecastEntry(YearMonth.Parse("2027-11"), 5m, null));
        entries.Add(new MonthlyForecastEntry(YearMonth.Parse("2026-11"), 5m, null));

        var broken = MonthlyForecastRules.Check(November, entries, null, 1000m);

        Assert.Equal(
            [
                new MonthlyForecastViolation(MonthlyForecastRule.MonthOutsideWindow, MonthlyForecastField.Month, YearMonth.Parse("2027-11")),
                new MonthlyForecastViolation(MonthlyForecastRule.MonthRepeated, MonthlyForecastField.Month, November),
            ],
            broken);
    }

    [Theory]
    [InlineData("one line", null)]
    [InlineData("   ", null)] // blank = no action plan
    [InlineData("first\nsecond", MonthlyForecastRule.ActionPlanNotOneLine)]
    public void Check_ActionPlan_IsOneLine(string plan, MonthlyForecastRule? expected)
    {
        var broken = MonthlyForecastRules.Check(November, GivenMonthly.Entries("2026-11", "1*12"), plan, 1000m);

        MonthlyForecastViolation[] expectedViolations = expected is { } rule ? [new(rule, MonthlyForecastField.ActionPlan, null)] : [];
        Assert.Equal(expectedViolations, broken);
    }

    [Fact]
    public void Check_ActionPlanTooLongAfterTrimming_IsNamed()
    {
        var entries = GivenMonthly.Entries("2026-11", "1*12");
        var atLimit = "  " + new string('计', MonthlyForecast.MaxActionPlanLength) + "  ";

        Assert.Empty(MonthlyForecastRules.Check(November, entries, atLimit, 1000m));
        Assert.Equal(
            [new MonthlyForecastViolation(MonthlyForecastRule.ActionPlanTooLong, MonthlyForecastField.ActionPlan, null)],
            MonthlyForecastRules.Check(November, entries, atLimit.Trim() + "划", 1000m));
    }

    [Fact]
    public void Build_ValidEntriesInAnyOrder_MakesTheForecast()
    {
        var entries = GivenMonthly.Entries("2026-11", "10/1 20 30 40 50 60 70 80 90 100 110 120/12").Reverse().ToList();
        entries[0] = entries[0] with { Upside = null };
        var at = GivenMonthly.At("2026-11-01T18:00:00Z");

        var forecast = MonthlyForecastRules.Build(Given.Team, Given.RepA, November, entries, "  Push Acme  ", at);

        Assert.Equal(780m, forecast.TwelveMonthForecast); // 10 + 20 + .. + 120 = 780
        Assert.Equal(1m, forecast.TwelveMonthUpside); // the 2027-10 upside was empty: 0
        Assert.Equal("Push Acme", forecast.ActionPlan);
        Assert.Equal(at, forecast.SubmittedAt);
        Assert.Equal(November, forecast.Lines[0].Month);
    }

    [Fact]
    public void Build_BlankActionPlanAndAboveCeiling_IsBuiltWithoutPlan()
    {
        var forecast = MonthlyForecastRules.Build(
            Given.Team, Given.RepA, November, GivenMonthly.Entries("2026-11", "5000000000*12"), " ", GivenMonthly.At("2026-11-01T18:00:00Z"));

        Assert.Null(forecast.ActionPlan);
        Assert.Equal(60_000_000_000m, forecast.TwelveMonthForecast);
    }

    [Fact]
    public void Build_MissingMonth_Throws()
    {
        var entries = GivenMonthly.Entries("2026-11", "1*12")[1..];

        Assert.Throws<ArgumentException>(() =>
            MonthlyForecastRules.Build(Given.Team, Given.RepA, November, entries, null, GivenMonthly.At("2026-11-01T18:00:00Z")));
    }
}
