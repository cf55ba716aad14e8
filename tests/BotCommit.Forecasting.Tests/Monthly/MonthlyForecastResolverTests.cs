using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Monthly;

/// <summary>
/// November 2026: due week 2026-W45 (Mon 2 Nov); the deadline is taken as 2026-11-02T06:00Z and the review as posted at
/// 07:00Z.
/// </summary>
public class MonthlyForecastResolverTests
{
    private static readonly YearMonth November = YearMonth.Parse("2026-11");

    private static readonly DateTimeOffset Deadline = GivenMonthly.At("2026-11-02T06:00:00Z");

    private static readonly DateTimeOffset Review = GivenMonthly.At("2026-11-02T07:00:00Z");

    private static readonly MonthlyForecast October = GivenMonthly.Forecast("2026-10", "10 20 30 40 50 60 70 80 90 100 110 120", actionPlan: "October's plan");

    [Fact]
    public void Resolve_SeveralOnTime_TakesTheLatest()
    {
        var first = GivenMonthly.Forecast("2026-11", "1*12", submittedAt: "2026-11-01T10:00:00Z");
        var second = GivenMonthly.Forecast("2026-11", "2*12", submittedAt: "2026-11-02T06:00:00Z"); // exactly at the deadline
        var late = GivenMonthly.Forecast("2026-11", "3*12", submittedAt: "2026-11-02T06:00:01Z");

        var record = MonthlyForecastResolver.Resolve(November, [late, second, first], Deadline, Review, October);

        Assert.Equal(new MonthlyForecastOfRecord(second, MonthlyForecastState.OnTime), record);
    }

    [Fact]
    public void Resolve_SameInstantTwice_TakesTheLaterInTheList()
    {
        var a = GivenMonthly.Forecast("2026-11", "1*12", submittedAt: "2026-11-01T10:00:00Z");
        var b = GivenMonthly.Forecast("2026-11", "2*12", submittedAt: "2026-11-01T10:00:00Z");

        Assert.Same(b, MonthlyForecastResolver.Resolve(November, [a, b], Deadline, Review, null)!.Forecast);
    }

    [Fact]
    public void Resolve_OnlyAfterTheDeadline_TakesTheFirstBeforeTheReview()
    {
        var lateFirst = GivenMonthly.Forecast("2026-11", "1*12", submittedAt: "2026-11-02T06:30:00Z");
        var lateSecond = GivenMonthly.Forecast("2026-11", "2*12", submittedAt: "2026-11-02T07:00:00Z");
        var revision = GivenMonthly.Forecast("2026-11", "3*12", submittedAt: "2026-11-02T07:00:01Z");

        var record = MonthlyForecastResolver.Resolve(November, [revision, lateSecond, lateFirst], Deadline, Review, October);

        Assert.Equal(new MonthlyForecastOfRecord(lateFirst, MonthlyForecastState.Late), record);
    }

    [Fact]
    public void Resolve_OnlyAfterTheReview_CarriesTheLastForecast()
    {
        var revision = GivenMonthly.Forecast("2026-11", "3*12", submittedAt: "2026-11-02T09:00:00Z");

        var record = MonthlyForecastResolver.Resolve(November, [revision], Deadline, Review, October);

        Assert.NotNull(record);
        Assert.Equal(MonthlyForecastState.Carried, record.State);
        Assert.Equal([20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m, 100m, 110m, 120m, 0m], record.Forecast.Lines.Select(l => l.Forecast));
        Assert.Equal(November, record.Forecast.Month);
        Assert.Null(record.Forecast.ActionPlan);
        Assert.Null(record.Forecast.SubmittedAt);
    }

    [Fact]
    public void Resolve_NothingAtAll_IsNull()
    {
        Assert.Null(MonthlyForecastResolver.Resolve(November, [], Deadline, Review, null));
        Assert.Null(MonthlyForecastResolver.Resolve(November, [], Deadline, Review, GivenMonthly.Forecast("2025-11", "5*12")));
    }

    [Fact]
    public void Carry_IntoTheSameMonthAgain_IsStable()
    {
        var once = MonthlyForecastResolver.Carry(October, November)!;

        var twice = MonthlyForecastResolver.Carry(once, November)!;

        Assert.Equal(once.Lines, twice.Lines);
        Assert.Null(MonthlyForecastResolver.Carry(October, YearMonth.Parse("2026-09")));
    }

    [Fact]
    public void Resolve_SubmissionForAnotherMonth_Throws()
    {
        Assert.Throws<ArgumentException>(() => MonthlyForecastResolver.Resolve(November, [October], Deadline, Review, null));
        Assert.Throws<ArgumentException>(() => MonthlyForecastResolver.Resolve(
            November, [GivenMonthly.Forecast("2026-11", "1*12") with { SubmittedAt = null }], Deadline, Review, null));
    }
}
