using System.Globalization;
using BotCommit.Forecasting.Input;

namespace BotCommit.Forecasting.Tests.Input;

/// <summary>A typed target (team or region): kind, period and amount in either order, on the calendar passed in.</summary>
public sealed class TargetInputTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("month 2026-12 1.2m", 1, "2026-12", "1200000")]
    [InlineData("month 1.2m 2026-12", 1, "2026-12", "1200000")]
    [InlineData("month 5m", 1, "2026-12", "5000000")]
    [InlineData("2026年12月 120万", 1, "2026-12", "1200000")]
    [InlineData("4月 500万", 1, "2027-04", "5000000")]
    [InlineData("quarter q4 2026 3,000,000", 1, "2026-10", "3000000")]
    [InlineData("第四季度 300万", 1, "2026-10", "3000000")]
    [InlineData("季度 下季度 1500万", 1, "2027-01", "15000000")]
    [InlineData("quarter this 3m", 4, "2026-10", "3000000")] // April year: Oct–Dec is its third quarter
    [InlineData("quarter q1 2027 3m", 7, "2026-07", "3000000")] // fiscal years are named by the year they end in
    [InlineData("month 2026-12 none", 1, "2026-12", null)]
    [InlineData("月度 本月 无", 1, "2026-12", null)]
    public void Read_KindPeriodAndAmount(string typed, int fiscalStart, string key, string? amount)
    {
        var reading = TargetInput.Read(Words.Of(typed), fiscalStart, Today, English);

        Assert.True(reading.IsRead, reading.Problem?.ToString());
        Assert.Equal(key, reading.Key);
        Assert.Equal(amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture), reading.Amount);
    }

    [Theory]
    [InlineData("5m", TargetProblem.Kind)]
    [InlineData("month quarter 2026-12 5m", TargetProblem.Kind)]
    [InlineData("month smarch 1m", TargetProblem.Period)]
    [InlineData("month 2026-12 lots", TargetProblem.Amount)]
    [InlineData("quarter 2026-11 3m", TargetProblem.QuarterStart)]
    public void Read_Refusals_NameTheProblem(string typed, TargetProblem problem)
    {
        var reading = TargetInput.Read(Words.Of(typed), 1, Today, English);

        Assert.False(reading.IsRead);
        Assert.Equal(problem, reading.Problem);
    }

    [Fact]
    public void Read_AmbiguousAmount_KeepsTheReason()
    {
        var reading = TargetInput.Read(Words.Of("month 2026-12 1.200.000"), 1, Today, English);

        Assert.Equal(TargetProblem.Amount, reading.Problem);
        Assert.Equal(InputError.AmountAmbiguous, reading.AmountError);
        Assert.Equal("1.200.000", reading.AmountText);
    }

    [Fact]
    public void ApplyTo_SetsOrRemovesTheKeyOnly()
    {
        var targets = new Dictionary<string, decimal> { ["2026-11"] = 1m, ["2026-12"] = 2m };

        var set = TargetInput.Read(Words.Of("month 2026-12 5"), 1, Today, English).ApplyTo(targets);
        var cleared = TargetInput.Read(Words.Of("month 2026-12 none"), 1, Today, English).ApplyTo(targets);

        Assert.Equal(new Dictionary<string, decimal> { ["2026-11"] = 1m, ["2026-12"] = 5m }, set);
        Assert.Equal(new Dictionary<string, decimal> { ["2026-11"] = 1m }, cleared);
        Assert.Equal(2m, targets["2026-12"]);
    }
}
