using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Monthly;

public class MonthlyForecastPrefillTests
{
    private static readonly YearMonth November = YearMonth.Parse("2026-11");

    [Fact]
    public void Build_NoPreviousForecast_LeavesEveryMonthEmpty()
    {
        var draft = MonthlyForecastPrefill.Build(November, null, []);

        Assert.Null(draft.PrefilledFrom);
        Assert.Equal(12, draft.Months.Count);
        Assert.All(draft.Months, m => Assert.Null(m.Forecast));
        Assert.All(draft.Months, m => Assert.Null(m.Upside));
        Assert.All(draft.Months, m => Assert.Equal(PipelineHint.None, m.Hint));
    }

    [Fact]
    public void Build_LastMonthsForecast_FillsTheElevenOverlappingMonths()
    {
        // Submitted for October: Oct 2026 .. Sep 2027 = 10, 20, .., 120 with upside 1, 2, .., 12.
        var previous = GivenMonthly.Forecast("2026-10", "10/1 20/2 30/3 40/4 50/5 60/6 70/7 80/8 90/9 100/10 110/11 120/12");

        var draft = MonthlyForecastPrefill.Build(November, previous, []);

        Assert.Equal(YearMonth.Parse("2026-10"), draft.PrefilledFrom);
        Assert.Equal([20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m, 100m, 110m, 120m, null], draft.Months.Select(m => m.Forecast));
        Assert.Equal([2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12m, null], draft.Months.Select(m => m.Upside));
        Assert.Equal("2027-10", draft.Months[11].Month.ToString());
    }

    [Fact]
    public void Build_ForecastTwoMonthsOld_FillsTheTenOverlappingMonths()
    {
        var previous = GivenMonthly.Forecast("2026-09", "1 2 3 4 5 6 7 8 9 10 11 12"); // Sep 2026 .. Aug 2027

        var draft = MonthlyForecastPrefill.Build(November, previous, []);

        Assert.Equal([3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12m, null, null], draft.Months.Select(m => m.Forecast));
    }

    [Fact]
    public void Build_ForecastAYearOld_SharesNoMonth()
    {
        var draft = MonthlyForecastPrefill.Build(November, GivenMonthly.Forecast("2025-11", "5*12"), []);

        Assert.Null(draft.PrefilledFrom);
        Assert.All(draft.Months, m => Assert.Null(m.Forecast));
    }

    [Fact]
    public void Build_Pipeline_ShowsEachMonthsCategoriesAsHint()
    {
        var pipeline = Given.Deals(
            "a Commit 100 2026-11-30; b Upside 40 2026-11-05; c Pipeline 7 2026-11-01; d Won 300 2026-11-02; e Lost 9 2026-11-03;"
            + " f Commit 50 2026-12-01; g Pipeline 60 2027-10-31; h Pipeline 999 2027-11-01; i Commit 999 2026-10-31");

        var draft = MonthlyForecastPrefill.Build(November, null, pipeline);

        Assert.Equal(new PipelineHint(100m, 40m, 7m, 300m), draft.Months[0].Hint); // Lost e ignored
        Assert.Equal(147m, draft.Months[0].Hint.Open);
        Assert.Equal(new PipelineHint(50m, 0m, 0m, 0m), draft.Months[1].Hint);
        Assert.Equal(new PipelineHint(0m, 0m, 60m, 0m), draft.Months[11].Hint); // h is after the window, i before it
        Assert.Equal(257m, draft.Months.Sum(m => m.Hint.Open)); // 147 + 50 + 60
    }

    [Fact]
    public void ToEntries_UnchangedDraftOfAFirstMonth_BreaksForecastMissingTwelveTimes()
    {
        var entries = MonthlyForecastPrefill.Build(November, null, []).ToEntries();

        var broken = MonthlyForecastRules.Check(November, entries, null, 1000m);

        Assert.Equal(12, broken.Count(b => b.Rule == MonthlyForecastRule.ForecastMissing));
    }

    [Fact]
    public void ToEntries_DraftAfterANormalMonth_MissesOnlyTheNewMonth()
    {
        var entries = MonthlyForecastPrefill.Build(November, GivenMonthly.Forecast("2026-10", "5*12"), []).ToEntries();

        var broken = MonthlyForecastRules.Check(November, entries, null, 1000m);

        Assert.Equal([new MonthlyForecastViolation(MonthlyForecastRule.ForecastMissing, MonthlyForecastField.Forecast, YearMonth.Parse("2027-10"))], broken);
    }

    [Fact]
    public void Build_PreviousNotEarlier_Throws()
    {
        Assert.Throws<ArgumentException>(() => MonthlyForecastPrefill.Build(November, GivenMonthly.Forecast("2026-11", "5*12"), []));
    }
}
