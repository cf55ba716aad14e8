using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>
/// The figures of domain.md ("The numbers in the Monday summary") with their healthy bands, in the order of that table.
/// Values come from <see cref="SummaryFigures"/> unchanged; a null ratio is shown as a word ("no commit", "no target",
/// "target met", "nothing won yet"), never as 0 % or infinity. A flag is raised only for a present value outside its
/// band (<see cref="SummaryBands"/>, the domain's), compared unrounded, and a judged ratio is shown with as many decimals as it takes to read on the side of the band
/// it was judged on (<see cref="SummaryDisplay.JudgedPercent"/>): a flagged value never reads as inside the band.
/// </summary>
internal static class FigureLines
{
    /// <summary>Every figure of a rep or of the team (without compliance, see <see cref="Compliance"/>).</summary>
    public static IReadOnlyList<FigureLine> For(SummaryFigures figures, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(figures);
        string A(decimal amount) => SummaryDisplay.Amount(locale, amount);
        string T(string name) => locale.Text(name);
        string P(decimal ratio, Func<decimal, bool> outside) => SummaryDisplay.JudgedPercent(locale, ratio, outside);

        return
        [
            new(T(nameof(CardStrings.SummaryFigureLastWeekActual)), A(figures.LastWeekActual), null, false),
            new(T(nameof(CardStrings.SummaryFigureLastWeekCommit)), A(figures.LastWeekCommit), null, false),
            new(
                T(nameof(CardStrings.SummaryFigureAttainment)),
                figures.Attainment is { } attainment ? P(attainment, SummaryBands.IsAttainmentOutside) : T(nameof(CardStrings.SummaryAbsentNoCommit)),
                T(nameof(CardStrings.SummaryBandAttainment)),
                figures.Attainment is { } a && SummaryBands.IsAttainmentOutside(a)),
            new(T(nameof(CardStrings.SummaryFigureThisWeekCommit)), A(figures.ThisWeekCommit), null, false),
            new(T(nameof(CardStrings.SummaryFigureThisWeekUpside)), A(figures.ThisWeekUpside), null, false),
            new(
                T(nameof(CardStrings.SummaryFigureLinearity)),
                figures.Linearity is { } linearity ? P(linearity, SummaryBands.IsLinearityLow) : T(nameof(CardStrings.SummaryAbsentNoTarget)),
                T(nameof(CardStrings.SummaryBandLinearity)),
                figures.Linearity is { } l && SummaryBands.IsLinearityLow(l)),
            Forecast(locale, T(nameof(CardStrings.SummaryFigureMonthForecast)), figures.MonthForecast, figures.MonthTarget,
                T(nameof(CardStrings.SummaryBandMonthForecast))),
            new(T(nameof(CardStrings.SummaryFigureMonthUpside)), A(figures.MonthUpside), null, false),
            Forecast(locale, T(nameof(CardStrings.SummaryFigureQuarterForecast)), figures.QuarterForecast, figures.QuarterTarget,
                T(nameof(CardStrings.SummaryBandQuarterForecast))),
            new(T(nameof(CardStrings.SummaryFigureQuarterUpside)), A(figures.QuarterUpside), null, false),
            new(
                T(nameof(CardStrings.SummaryFigurePipelineCoverage)),
                figures.PipelineCoverage is { } coverage ? P(coverage, SummaryBands.IsCoverageLow)
                    : figures.QuarterTarget is null ? T(nameof(CardStrings.SummaryAbsentNoTarget))
                    : T(nameof(CardStrings.SummaryAbsentTargetMet)),
                T(nameof(CardStrings.SummaryBandCoverage)),
                figures.PipelineCoverage is { } c && SummaryBands.IsCoverageLow(c)),
            new(
                T(nameof(CardStrings.SummaryFigureCommitQuality)),
                figures.CommitQuality is { } quality ? P(quality, SummaryBands.IsCommitQualityLow) : T(nameof(CardStrings.SummaryAbsentNoCommit)),
                T(nameof(CardStrings.SummaryBandCommitQuality)),
                figures.CommitQuality is { } q && SummaryBands.IsCommitQualityLow(q)),
            new(
                T(nameof(CardStrings.SummaryFigureHiddenCommit)),
                figures.HiddenCommitCount == 0
                    ? T(nameof(CardStrings.SummaryValueNone))
                    : locale.Format(nameof(CardStrings.SummaryValueHiddenCommit), figures.HiddenCommitCount, A(figures.HiddenCommitAmount)),
                T(nameof(CardStrings.SummaryBandHiddenCommit)),
                figures.HiddenCommitCount > 0),
            new(
                T(nameof(CardStrings.SummaryFigureUnrealized)),
                figures.UnrealizedRatio is { } unrealized ? P(unrealized, SummaryBands.IsUnrealizedHigh) : T(nameof(CardStrings.SummaryAbsentNothingWon)),
                T(nameof(CardStrings.SummaryBandUnrealized)),
                figures.UnrealizedRatio is { } u && SummaryBands.IsUnrealizedHigh(u)),
        ];
    }

    /// <summary>Submission compliance of the team: "27 of 30 (90.0 %)", or "nobody expected" without expected reps.</summary>
    public static FigureLine Compliance(WeeklySummary summary, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var value = summary.Compliance is { } compliance
            ? locale.Format(nameof(CardStrings.SummaryValueCompliance), summary.OnTimeCount, summary.ExpectedCount, SummaryDisplay.JudgedPercent(locale, compliance, SummaryBands.IsComplianceLow))
            : locale.Text(nameof(CardStrings.SummaryAbsentNobodyExpected));
        return new FigureLine(
            locale.Text(nameof(CardStrings.SummaryFigureCompliance)),
            value,
            locale.Text(nameof(CardStrings.SummaryBandCompliance)),
            summary.Compliance is { } ratio && SummaryBands.IsComplianceLow(ratio));
    }

    private static FigureLine Forecast(CardLocale locale, string label, decimal forecast, decimal? target, string band)
    {
        var amount = SummaryDisplay.Amount(locale, forecast);
        return target is { } t
            ? new FigureLine(label, locale.Format(nameof(CardStrings.SummaryValueOfTarget), amount, SummaryDisplay.Amount(locale, t)), band, SummaryBands.IsForecastShort(forecast, t))
            : new FigureLine(label, locale.Format(nameof(CardStrings.SummaryValueNoTarget), amount), band, false);
    }
}
