using BotCommit.Cards.Resources;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Monthly;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// The figures of domain.md's monthly table with their bands, in the table's order. Values come from
/// <see cref="MonthlyFigures"/> unchanged; a figure is flagged exactly when the domain flagged it
/// (<see cref="MonthlyFigures.Warnings"/>), and a judged ratio is shown with as many decimals as it takes to read on the
/// side of its band it was judged on. An absent ratio is a word ("no forecast for last month", "no target"), never 0 %.
/// </summary>
internal static class MonthlyFigureLines
{
    /// <summary>Every figure; <paramref name="compact"/> uses the short labels of the per-rep lines ("volatility").</summary>
    public static IReadOnlyList<FigureLine> For(MonthlyFigures f, CardLocale locale, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(f);
        string A(decimal amount) => SummaryDisplay.Amount(locale, amount);
        string T(string name) => locale.Text(name);
        string L(string full, string shortName) => locale.Text(compact ? shortName : full);
        bool Flag(MonthlyWarning warning) => f.Warnings.Contains(warning);
        string P(decimal ratio, Func<decimal, bool> outside) => SummaryDisplay.JudgedPercent(locale, ratio, outside);

        var forecast = f.TwelveMonthTarget is { } target
            ? locale.Format(nameof(CardStrings.SummaryValueOfTarget), A(f.TwelveMonthForecast), A(target))
            : locale.Format(nameof(CardStrings.SummaryValueNoTarget), A(f.TwelveMonthForecast));
        var growthBand = T(nameof(CardStrings.MonthlyBandGrowth));
        var qualityBand = T(nameof(CardStrings.MonthlyBandQuality));
        return
        [
            new(L(nameof(CardStrings.MonthlyFigureTwelveMonthForecast), nameof(CardStrings.MonthlyShortForecast)), forecast, T(nameof(CardStrings.MonthlyBandForecast)), Flag(MonthlyWarning.ForecastBelowTarget)),
            new(L(nameof(CardStrings.MonthlyFigureTwelveMonthUpside), nameof(CardStrings.MonthlyShortUpside)), A(f.TwelveMonthUpside), null, false),
            new(
                L(nameof(CardStrings.MonthlyFigurePlanAchievement), nameof(CardStrings.MonthlyShortPlanAchievement)),
                f.PlanAchievement is { } plan
                    ? P(plan, r => r < MonthlyBands.PlanAchievementLow || r > MonthlyBands.PlanAchievementHigh)
                    : T(nameof(CardStrings.MonthlyAbsentNoLastForecast)),
                T(nameof(CardStrings.MonthlyBandPlanAchievement)),
                Flag(MonthlyWarning.PlanAchievementBelowBand) || Flag(MonthlyWarning.PlanAchievementAboveBand)),
            new(
                L(nameof(CardStrings.MonthlyFigureVolatility), nameof(CardStrings.MonthlyShortVolatility)),
                f.Volatility is { } volatility ? P(volatility, r => r > MonthlyBands.VolatilityLimit) : T(nameof(CardStrings.MonthlyAbsentNoLastForecast)),
                T(nameof(CardStrings.MonthlyBandVolatility)),
                Flag(MonthlyWarning.VolatilityHigh)),
            new(L(nameof(CardStrings.MonthlyFigurePipelineGrowth), nameof(CardStrings.MonthlyShortPipelineGrowth)), Growth(locale, f.PipelineGrowth), growthBand, Flag(MonthlyWarning.PipelineGrowthBelowRequired)),
            new(L(nameof(CardStrings.MonthlyFigureForecastGrowth), nameof(CardStrings.MonthlyShortForecastGrowth)), Growth(locale, f.ForecastGrowth), growthBand, Flag(MonthlyWarning.ForecastGrowthBelowRequired)),
            new(
                L(nameof(CardStrings.MonthlyFigureCoverage), nameof(CardStrings.MonthlyShortCoverage)),
                f.PipelineCoverage is { } coverage ? P(coverage, r => r < MonthlyBands.CoverageMinimum) : T(nameof(CardStrings.SummaryAbsentNoTarget)),
                T(nameof(CardStrings.MonthlyBandCoverage)),
                Flag(MonthlyWarning.CoverageBelowMinimum)),
            new(L(nameof(CardStrings.MonthlyFigureMeanStage), nameof(CardStrings.MonthlyShortMeanStage)), Quality(locale, f.MeanStage, f.PreviousMeanStage), qualityBand, Flag(MonthlyWarning.MeanStageFell)),
            new(
                L(nameof(CardStrings.MonthlyFigureShareAtFifty), nameof(CardStrings.MonthlyShortShareAtFifty)),
                Quality(locale, f.ShareAtFiftyOrMore, f.PreviousShareAtFiftyOrMore),
                qualityBand,
                Flag(MonthlyWarning.ShareAtFiftyFell)),
        ];
    }

    /// <summary>Monthly compliance of the team: "18 of 20 (90.0 %)", or "nobody expected".</summary>
    public static FigureLine Compliance(MonthlyReview review, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Compliance(review.OnTimeCount, review.ExpectedCount, review.Compliance, review.TeamWarnings, locale);
    }

    /// <summary>Monthly compliance of any node (team or region), flagged exactly when <paramref name="warnings"/> flag it.</summary>
    public static FigureLine Compliance(int onTime, int expected, decimal? ratio, IReadOnlyList<MonthlyWarning> warnings, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var value = ratio is { } compliance
            ? locale.Format(
                nameof(CardStrings.SummaryValueCompliance),
                onTime,
                expected,
                SummaryDisplay.JudgedPercent(locale, compliance, r => r < MonthlyBands.ComplianceRequired))
            : locale.Text(nameof(CardStrings.SummaryAbsentNobodyExpected));
        return new FigureLine(
            locale.Text(nameof(CardStrings.MonthlyFigureCompliance)),
            value,
            locale.Text(nameof(CardStrings.MonthlyBandCompliance)),
            warnings.Contains(MonthlyWarning.ComplianceBelowRequired));
    }

    /// <summary>"+6.0 %", "+12.5 % (good)", "−3.0 %", or "nothing last month to compare with".</summary>
    private static string Growth(CardLocale locale, decimal? growth)
    {
        if (growth is not { } g)
        {
            return locale.Text(nameof(CardStrings.MonthlyAbsentNoBase));
        }

        var text = SummaryDisplay.JudgedPercent(locale, Math.Abs(g), r => (g < 0 ? -r : r) < MonthlyBands.RequiredGrowth);
        text = (g > 0 ? "+" : g < 0 ? "\u2212" : string.Empty) + text;
        return MonthlyBands.Growth(g) == GrowthBand.Good ? locale.Format(nameof(CardStrings.MonthlyValueGood), text) : text;
    }

    /// <summary>"55.0 % (last month 52.0 %)"; "no open pipeline" without any.</summary>
    private static string Quality(CardLocale locale, decimal? now, decimal? previous)
    {
        if (now is not { } current)
        {
            return locale.Text(nameof(CardStrings.MonthlyAbsentNoPipeline));
        }

        var text = previous is { } p
            ? SummaryDisplay.JudgedPercent(locale, current, r => r < p)
            : SummaryDisplay.Percent(locale, current);
        return previous is { } last
            ? locale.Format(nameof(CardStrings.MonthlyValueWithPrevious), text, SummaryDisplay.Percent(locale, last))
            : text;
    }
}
