using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Tests.Summary;

public class FigureLinesTests
{
    public static TheoryData<string, string, SummaryFigures, bool> Bands => new()
    {
        { "attainment just below 95 %", "Attainment", new SummaryFigures { Attainment = 0.9499m }, true },
        { "attainment at 95 %", "Attainment", new SummaryFigures { Attainment = 0.95m }, false },
        { "attainment at 110 %", "Attainment", new SummaryFigures { Attainment = 1.10m }, false },
        { "attainment just above 110 %", "Attainment", new SummaryFigures { Attainment = 1.1001m }, true },
        { "no commit: not flagged", "Attainment", new SummaryFigures(), false },
        { "linearity below 95 %", "Linearity", new SummaryFigures { Linearity = 0.9m }, true },
        { "linearity at 95 %", "Linearity", new SummaryFigures { Linearity = 0.95m }, false },
        { "month forecast below target", "Month forecast", new SummaryFigures { MonthForecast = 99m, MonthTarget = 100m }, true },
        { "month forecast at target", "Month forecast", new SummaryFigures { MonthForecast = 100m, MonthTarget = 100m }, false },
        { "month forecast without target", "Month forecast", new SummaryFigures { MonthForecast = 5m }, false },
        { "quarter forecast below target", "Quarter forecast", new SummaryFigures { QuarterForecast = 1m, QuarterTarget = 2m }, true },
        { "coverage below 150 %", "Pipeline coverage", new SummaryFigures { PipelineCoverage = 1.4999m, QuarterTarget = 1m }, true },
        { "coverage at 150 %", "Pipeline coverage", new SummaryFigures { PipelineCoverage = 1.5m, QuarterTarget = 1m }, false },
        { "commit quality below 100 %", "Commit quality", new SummaryFigures { CommitQuality = 0.99m }, true },
        { "commit quality at 100 %", "Commit quality", new SummaryFigures { CommitQuality = 1m }, false },
        { "one hidden commit", "Hidden commit", new SummaryFigures { HiddenCommitCount = 1, HiddenCommitAmount = 10m }, true },
        { "no hidden commit", "Hidden commit", new SummaryFigures(), false },
        { "unrealized at 5 %", "Unrealized orders", new SummaryFigures { UnrealizedRatio = 0.05m }, true },
        { "unrealized just below 5 %", "Unrealized orders", new SummaryFigures { UnrealizedRatio = 0.0499m }, false },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void For_FigureAgainstItsBand_FlagsOnlyOutsideTheBand(string row, string label, SummaryFigures figures, bool flagged)
    {
        var line = FigureLines.For(figures, CardLocale.English).Single(l => l.Label == label);

        Assert.True(line.Flagged == flagged, row);
    }

    [Theory]
    [InlineData(null, null, "no target")]
    [InlineData(null, 100, "target met")]
    [InlineData(1.6, 100, "160.0 %")]
    public void For_PipelineCoverage_SaysWhyItIsAbsent(double? coverage, int? quarterTarget, string expected)
    {
        var figures = new SummaryFigures { PipelineCoverage = (decimal?)coverage, QuarterTarget = quarterTarget };

        var line = FigureLines.For(figures, CardLocale.English).Single(l => l.Label == "Pipeline coverage");

        Assert.Equal(expected, line.Value);
    }

    [Theory]
    [InlineData(0.97333, "97.3 %")]
    [InlineData(0.97350, "97.4 %")] // half away from zero
    [InlineData(1.0, "100.0 %")]
    [InlineData(12.5, "1,250.0 %")]
    public void For_Ratio_IsAPercentRoundedOnceToOneDecimal(double attainment, string expected)
    {
        var line = FigureLines.For(new SummaryFigures { Attainment = (decimal)attainment }, CardLocale.English).Single(l => l.Label == "Attainment");

        Assert.Equal(expected, line.Value);
    }

    [Fact]
    public void For_GermanTeam_FormatsNumbersWithTheTeamsCultureAndEnglishTexts()
    {
        var locale = CardLocale.For("en-US", "de-DE");

        var lines = FigureLines.For(new SummaryFigures { LastWeekActual = 1_234_567.5m, Attainment = 0.9733m }, locale);

        Assert.Equal("1.234.567,50", lines.Single(l => l.Label == "Last week actual").Value);
        Assert.Equal("97,3 %", lines.Single(l => l.Label == "Attainment").Value);
    }

    [Fact]
    public void Compliance_NobodyExpected_IsAWordAndNotFlagged()
    {
        var summary = new WeeklySummary(SummaryScenario.Team, Forecasting.Periods.ReviewPeriod.For(SummaryScenario.Week, 1), new SummaryFigures(), []);

        var line = FigureLines.Compliance(summary, CardLocale.English);

        Assert.Equal("nobody expected", line.Value);
        Assert.False(line.Flagged);
    }
}
