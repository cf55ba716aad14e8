using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Monthly;

/// <summary>
/// Edge rows of the monthly figures (zero bases, missing targets, band edges, who counts). November 2026 throughout: the
/// first snapshot is 2026-W45, last month's first 2026-W41, October's last 2026-W44; forecasts are written as in
/// <see cref="GivenMonthly"/> ("f*n" = n months of f).
/// </summary>
public class MonthlyReviewCalculatorTests
{
    private static readonly YearMonth November = YearMonth.Parse("2026-11");

    [Theory]
    [InlineData("no forecast for October", null, "a Won 500 2026-10-10", "500", "0", "null")]
    [InlineData("October forecast zero", "0 100*11", "a Won 500 2026-10-10", "500", "0", "null")]
    [InlineData("nothing won", "400*12", "a Lost 500 2026-10-10; b Commit 80 2026-10-30", "0", "400", "0")]
    [InlineData("only October counts", "400*12", "a Won 100 2026-09-30; b Won 200 2026-10-01; c Won 300 2026-10-31; d Won 50 2026-11-01", "500", "400", "1.25")]
    public void Compute_PlanAchievement_IsWonLastMonthOverItsForecast(string row, string? october, string first, string won, string forecast, string expected)
    {
        var figures = RepFigures(new Spec { October = october, November = "1*12", First = first });

        Expect.Properties(figures, row, ("WonLastMonth", Given.Number(won)), ("LastMonthForecast", Given.Number(forecast)), ("PlanAchievement", Given.Number(expected)));
    }

    [Theory]
    [InlineData("9500", "")] // 0.95: the band's lower edge
    [InlineData("9499", "PlanAchievementBelowBand")]
    [InlineData("11000", "")] // 1.10: the upper edge
    [InlineData("11001", "PlanAchievementAboveBand")]
    public void Compute_PlanAchievementBand_FlagsOutside95To110Percent(string won, string warning)
    {
        var figures = RepFigures(new Spec { October = "10000*12", November = "10000*12", First = $"a Won {won} 2026-10-10" });

        Assert.Equal(Warnings(warning), figures.Warnings.Where(w => w is MonthlyWarning.PlanAchievementBelowBand or MonthlyWarning.PlanAchievementAboveBand));
    }

    [Theory]
    [InlineData("first forecast", null, "100*12", MonthlyForecastState.OnTime, "0", "0", "null")]
    [InlineData("October zero for Nov..Sep", "5 0*11", "100*12", MonthlyForecastState.OnTime, "1100", "0", "null")] // a change, but no base
    [InlineData("carried is no change of plan", "100*12", "100*12", MonthlyForecastState.Carried, "0", "0", "null")]
    [InlineData("late counts", "100*12", "120*12", MonthlyForecastState.Late, "220", "1100", "0.2")] // 11 × 20 ÷ 11 × 100
    [InlineData("m+11 never compared", "100*12", "100*11 900", MonthlyForecastState.OnTime, "0", "1100", "0")]
    [InlineData("m-1 never compared", "900 100*11", "100*12", MonthlyForecastState.OnTime, "0", "1100", "0")]
    public void Compute_Volatility_ComparesTwoOwnPlansOverMToM10(
        string row, string? october, string november, MonthlyForecastState state, string change, string @base, string expected)
    {
        var figures = RepFigures(new Spec { October = october, November = november, NovemberState = state });

        Expect.Properties(figures, row, ("VolatilityChange", Given.Number(change)), ("VolatilityBase", Given.Number(@base)), ("Volatility", Given.Number(expected)));
    }

    [Theory]
    [InlineData("100*12", "120*11 100", "")] // 220 ÷ 1100 = 0.2: not above
    [InlineData("100*12", "120.01 120*10 100", "VolatilityHigh")] // 220.01 ÷ 1100
    public void Compute_VolatilityBand_FlagsAbove20Percent(string october, string november, string warning)
    {
        var figures = RepFigures(new Spec { October = october, November = november });

        Assert.Equal(warning.Length > 0, figures.Warnings.Contains(MonthlyWarning.VolatilityHigh));
    }

    [Theory]
    [InlineData("no first snapshot last month", null, "a Pipeline 100 2027-01-01", "100", "0", "null")]
    [InlineData("no open pipeline last month", "a Won 100 2026-10-01; b Lost 5 2026-10-02", "a Pipeline 100 2027-01-01", "100", "0", "null")]
    [InlineData("no first snapshot this month", "a Pipeline 100 2027-01-01", null, "0", "100", "-1")]
    [InlineData("any close date, overdue too", "a Pipeline 100 2027-01-01", "a Pipeline 100 2027-01-01; b Commit 5 2026-10-20; c Upside 5 2028-06-01", "110", "100", "0.1")]
    public void Compute_PipelineGrowth_ZeroBaseIsAbsent(string row, string? lastFirst, string? first, string open, string previous, string expected)
    {
        var figures = RepFigures(new Spec { LastFirst = lastFirst, First = first });

        Expect.Properties(figures, row, ("OpenPipeline", Given.Number(open)), ("PreviousOpenPipeline", Given.Number(previous)), ("PipelineGrowth", Given.Number(expected)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("-1", GrowthBand.BelowRequired)]
    [InlineData("0", GrowthBand.BelowRequired)]
    [InlineData("0.0499", GrowthBand.BelowRequired)]
    [InlineData("0.05", GrowthBand.Required)]
    [InlineData("0.0999", GrowthBand.Required)]
    [InlineData("0.10", GrowthBand.Good)]
    [InlineData("3", GrowthBand.Good)]
    public void Growth_Value_FallsInItsBand(string? growth, GrowthBand? band)
    {
        Assert.Equal(band, MonthlyBands.Growth(growth is null ? null : Given.Number(growth)));
    }

    [Theory]
    [InlineData("no forecasts at all", null, null, "0", "0", "null")]
    [InlineData("first forecast", null, "100*12", "1200", "0", "null")]
    [InlineData("last month's covers m-1..m+10", "300 100*11", "100*12", "1200", "1400", "-0.1428571428571428571428571429")] // 1200 ÷ 1400 − 1
    public void Compute_ForecastGrowth_ZeroBaseIsAbsent(string row, string? october, string? november, string forecast, string previous, string expected)
    {
        var figures = RepFigures(new Spec { October = october, November = november });

        Expect.Properties(
            figures, row, ("TwelveMonthForecast", Given.Number(forecast)), ("PreviousTwelveMonthForecast", Given.Number(previous)), ("ForecastGrowth", Given.Number(expected)));
    }

    [Theory]
    [InlineData("all twelve set", "100*12", "1200", "", "0.5")] // 600 ÷ 1200
    [InlineData("one month missing", "100*11", "null", "2027-10", "null")]
    [InlineData("none set", "", "null", "2026-11 2026-12 2027-01 2027-02 2027-03 2027-04 2027-05 2027-06 2027-07 2027-08 2027-09 2027-10", "null")]
    [InlineData("all zero", "0*12", "0", "", "null")]
    public void Compute_TwelveMonthTargetAndCoverage_NeedEveryMonthsTarget(string row, string targets, string target, string missing, string coverage)
    {
        Dictionary<string, decimal> monthTargets = targets.Length == 0 ? [] : TargetsFrom(targets);
        var figures = RepFigures(
            new Spec { November = "50*12", First = "a Commit 400 2026-11-30; b Pipeline 200 2027-10-31; c Upside 999 2027-11-01; d Commit 999 2026-10-30" },
            monthTargets);

        Expect.Properties(
            figures,
            row,
            ("OpenPipelineTwelveMonths", 600m), // c is after m+11, d before m
            ("TwelveMonthTarget", Given.Number(target)),
            ("MonthsWithoutTarget", missing.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(YearMonth.Parse)),
            ("PipelineCoverage", Given.Number(coverage)));
        Assert.Equal(Given.Number(target) is { } t && 600m < t, figures.Warnings.Contains(MonthlyWarning.ForecastBelowTarget));
    }

    [Theory]
    [InlineData("no open pipeline", "a Won 100 2026-11-01", "null", "null")]
    [InlineData("every stage", "a Pipeline 100 2027-01-01 s0; b Pipeline 100 2027-01-01 s25; c Upside 100 2027-01-01 s50; d Commit 100 2027-01-01 s100", "0.4375", "0.5")] // (0 + 25 + 50 + 100) ÷ 400; 200 ÷ 400
    [InlineData("amount-weighted", "a Pipeline 300 2027-01-01 s25; b Commit 100 2026-11-20 s90", "0.4125", "0.25")] // (75 + 90) ÷ 400; 100 ÷ 400
    public void Compute_PipelineQuality_IsAmountWeighted(string row, string first, string meanStage, string share)
    {
        var figures = RepFigures(new Spec { First = first });

        Expect.Properties(figures, row, ("MeanStage", Given.Number(meanStage)), ("ShareAtFiftyOrMore", Given.Number(share)));
    }

    [Theory]
    [InlineData("same", "a Pipeline 100 2027-01-01 s60; b Upside 100 2027-01-01 s25", "")]
    [InlineData("stage fell", "a Pipeline 100 2027-01-01 s25; b Upside 100 2027-01-01 s25", "MeanStageFell ShareAtFiftyFell")] // 0.25 < 0.425; 0 < 0.5
    [InlineData("mean fell, share kept", "a Pipeline 100 2027-01-01 s50; b Upside 100 2027-01-01 s25", "MeanStageFell")] // 0.375 < 0.425; 0.5 = 0.5
    [InlineData("mean rose", "a Pipeline 100 2027-01-01 s90", "")]
    [InlineData("no open pipeline now", "a Won 100 2026-11-01", "")]
    public void Compute_PipelineQuality_FlagsWhenLowerThanLastMonth(string row, string first, string warnings)
    {
        // Last month: mean stage (60 + 25) ÷ 200 = 0.425, share at >= 50 % 100 ÷ 200 = 0.5.
        var figures = RepFigures(new Spec { LastFirst = "a Pipeline 100 2027-01-01 s60; b Upside 100 2027-01-01 s25", First = first });

        Assert.True(Warnings(warnings).SequenceEqual(figures.Warnings.Where(w => w is MonthlyWarning.MeanStageFell or MonthlyWarning.ShareAtFiftyFell)), row);
    }

    [Fact]
    public void Compute_RepStates_CountOnlyOnTimeExpectedRepsInCompliance()
    {
        var reps = new[]
        {
            Entry(Given.Rep("on-time"), MonthlyForecastState.OnTime, "Call Acme"),
            Entry(Given.Rep("late"), MonthlyForecastState.Late, "Late plan"),
            Entry(Given.Rep("carried"), MonthlyForecastState.Carried, "Last month's plan"), // a carried plan is not this month's
            Entry(Given.Rep("missing"), null, null),
            Entry(Given.Rep("away"), MonthlyForecastState.Carried, null) with { Away = true },
            Entry(Given.Rep("away-on-time"), MonthlyForecastState.OnTime, null) with { Away = true },
            Entry(Given.Rep("inactive") with { Active = false }, MonthlyForecastState.OnTime, "Not shown"),
            Entry(Given.Rep("manager") with { IsManager = true }, null, null),
            Entry(Given.Rep("selling-manager") with { IsManager = true }, MonthlyForecastState.OnTime, null),
        };

        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, reps));

        Assert.Equal(["on-time", "late", "carried", "missing", "away", "away-on-time", "selling-manager"], review.Reps.Select(r => r.Rep.Value));
        Assert.Equal(5, review.ExpectedCount); // on-time, late, carried, missing, selling-manager
        Assert.Equal(2, review.OnTimeCount); // on-time, selling-manager
        Assert.Equal(0.4m, review.Compliance);
        Assert.Contains(MonthlyWarning.ComplianceBelowRequired, review.TeamWarnings);
        Assert.Equal(["Call Acme", "Late plan"], review.ActionPlans.Select(r => r.ActionPlan));
        var carried = review.Reps.Single(r => r.Rep.Value == "carried");
        Assert.Equal(MonthlyForecastState.Carried, carried.State);
        Assert.Null(carried.SubmittedAt);
        Assert.Null(review.Reps.Single(r => r.Rep.Value == "missing").State);
        Assert.Equal(100m * 12 * 6, review.TeamFigures.TwelveMonthForecast); // every included rep with a forecast, away ones too
    }

    [Fact]
    public void Compute_NobodyExpected_ComplianceIsAbsent()
    {
        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, [Entry(Given.Rep("away"), null, null) with { Away = true }]));

        Assert.Null(review.Compliance);
        Assert.DoesNotContain(MonthlyWarning.ComplianceBelowRequired, review.TeamWarnings);
    }

    [Fact]
    public void Compute_SnapshotOfTheWrongWeek_Throws()
    {
        var entry = Entry(Given.Rep("rep-a"), null, null) with { FirstSnapshot = Given.Snapshot(ForecastWeek.Parse("2026-W46"), "") };

        Assert.Throws<ArgumentException>(() => MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, [entry])));
    }

    [Fact]
    public void Compute_ForecastOfTheWrongMonth_Throws()
    {
        var entry = new RepMonthInput(Given.Rep("rep-a"), null, new MonthlyForecastOfRecord(GivenMonthly.Forecast("2026-11", "1*12"), MonthlyForecastState.OnTime));

        Assert.Throws<ArgumentException>(() => MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, [entry])));
    }

    [Fact]
    public void Compute_NoInputAtAll_IsZeroAndAbsent()
    {
        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, []));

        Expect.Properties(
            review.TeamFigures,
            "Team",
            ("TwelveMonthForecast", 0m),
            ("PlanAchievement", null),
            ("Volatility", null),
            ("PipelineGrowth", null),
            ("ForecastGrowth", null),
            ("PipelineCoverage", null),
            ("MeanStage", null),
            ("Warnings", Array.Empty<MonthlyWarning>()));
        Assert.Equal(12, review.TeamFigures.Months.Count);
        Assert.Null(review.Compliance);
    }

    private static MonthlyFigures RepFigures(Spec spec, Dictionary<string, decimal>? repTargets = null)
    {
        var rep = Given.Rep("rep-a") with { MonthTargets = repTargets ?? [] };
        var input = new RepMonthInput(
            rep,
            spec.November is null ? null : new MonthlyForecastOfRecord(GivenMonthly.Forecast("2026-11", spec.November), spec.NovemberState),
            spec.October is null ? null : new MonthlyForecastOfRecord(GivenMonthly.Forecast("2026-10", spec.October), MonthlyForecastState.OnTime))
        {
            FirstSnapshot = spec.First is null ? null : Given.Snapshot(ForecastWeek.Parse("2026-W45"), spec.First),
            PreviousFirstSnapshot = spec.LastFirst is null ? null : Given.Snapshot(ForecastWeek.Parse("2026-W41"), spec.LastFirst),
        };
        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(Given.Settings(), November, [input]));
        return review.Reps.Single().Figures;
    }

    private static RepMonthInput Entry(Rep rep, MonthlyForecastState? state, string? actionPlan) =>
        new(rep, state is { } s ? new MonthlyForecastOfRecord(GivenMonthly.Forecast("2026-11", "100*12", rep.Id, actionPlan: actionPlan), s) : null, null);

    private static Dictionary<string, decimal> TargetsFrom(string spec)
    {
        var values = spec.Split('*');
        var count = int.Parse(values[1], System.Globalization.CultureInfo.InvariantCulture);
        return MonthlyCalendar.Window(November).Take(count).ToDictionary(m => m.ToString(), _ => Given.Number(values[0])!.Value);
    }

    private static MonthlyWarning[] Warnings(params string[] names) =>
        [.. names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Enum.Parse<MonthlyWarning>)];

    private sealed record Spec
    {
        public string? October { get; init; }

        public string? November { get; init; }

        public MonthlyForecastState NovemberState { get; init; } = MonthlyForecastState.OnTime;

        public string? LastFirst { get; init; }

        public string? First { get; init; }
    }
}
