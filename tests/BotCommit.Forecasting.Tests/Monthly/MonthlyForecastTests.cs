using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Monthly;

public class MonthlyForecastTests
{
    [Fact]
    public void TwelveMonthForecast_Lines_SumsForecastAndUpside()
    {
        var forecast = GivenMonthly.Forecast("2026-11", "100/10 200/20 300 0*9");

        Assert.Equal(600m, forecast.TwelveMonthForecast);
        Assert.Equal(30m, forecast.TwelveMonthUpside);
        Assert.Equal(200m, forecast.ForecastFor(YearMonth.Parse("2026-12")));
        Assert.Null(forecast.ForecastFor(YearMonth.Parse("2027-11")));
        Assert.Null(forecast.ForecastFor(YearMonth.Parse("2026-10")));
    }

    [Fact]
    public void New_ElevenMonths_Throws()
    {
        var lines = GivenMonthly.Lines("2026-11", "1*12")[..11];

        Assert.Throws<ArgumentException>(() => new MonthlyForecast(Given.Team, Given.RepA, YearMonth.Parse("2026-11"), lines));
    }

    [Fact]
    public void New_MonthsOutOfOrder_Throws()
    {
        var lines = GivenMonthly.Lines("2026-11", "1*12");
        (lines[3], lines[4]) = (lines[4], lines[3]);

        Assert.Throws<ArgumentException>(() => new MonthlyForecast(Given.Team, Given.RepA, YearMonth.Parse("2026-11"), lines));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.001")]
    public void NewLine_InvalidAmount_Throws(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentException>(() => new MonthForecastLine(YearMonth.Parse("2026-11"), value, 0m));
        Assert.Throws<ArgumentException>(() => new MonthForecastLine(YearMonth.Parse("2026-11"), 0m, value));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("two\nlines")]
    [InlineData("two\r\nlines")]
    public void ActionPlan_BlankOrSeveralLines_Throws(string plan)
    {
        Assert.Throws<ArgumentException>(() => GivenMonthly.Forecast("2026-11", "1*12", actionPlan: plan));
    }

    [Fact]
    public void ActionPlan_AtTheLimit_IsKept()
    {
        var plan = new string('x', MonthlyForecast.MaxActionPlanLength);

        Assert.Equal(plan, GivenMonthly.Forecast("2026-11", "1*12", actionPlan: plan).ActionPlan);
        Assert.Throws<ArgumentException>(() => GivenMonthly.Forecast("2026-11", "1*12", actionPlan: plan + "x"));
    }
}
