using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>One figure of the summary as the exchange formats name it (<see cref="Name"/>) and people read it (<see cref="Label"/>).</summary>
internal sealed record FigureColumn(string Name, string Label, FigureKind Kind, Func<SummaryFigures, decimal?> Value)
{
    /// <summary>Every figure in the order of domain.md's summary JSON.</summary>
    public static IReadOnlyList<FigureColumn> All { get; } =
    [
        new("lastWeekActual", "Last week actual", FigureKind.Amount, f => f.LastWeekActual),
        new("lastWeekCommit", "Last week commit", FigureKind.Amount, f => f.LastWeekCommit),
        new("attainment", "Attainment", FigureKind.Ratio, f => f.Attainment),
        new("thisWeekCommit", "This week commit", FigureKind.Amount, f => f.ThisWeekCommit),
        new("thisWeekUpside", "This week upside", FigureKind.Amount, f => f.ThisWeekUpside),
        new("linearity", "Linearity", FigureKind.Ratio, f => f.Linearity),
        new("monthForecast", "Month forecast", FigureKind.Amount, f => f.MonthForecast),
        new("monthUpside", "Month upside", FigureKind.Amount, f => f.MonthUpside),
        new("monthTarget", "Month target", FigureKind.Amount, f => f.MonthTarget),
        new("quarterForecast", "Quarter forecast", FigureKind.Amount, f => f.QuarterForecast),
        new("quarterUpside", "Quarter upside", FigureKind.Amount, f => f.QuarterUpside),
        new("quarterTarget", "Quarter target", FigureKind.Amount, f => f.QuarterTarget),
        new("pipelineCoverage", "Pipeline coverage", FigureKind.Ratio, f => f.PipelineCoverage),
        new("commitQuality", "Commit quality", FigureKind.Ratio, f => f.CommitQuality),
        new("hiddenCommitCount", "Hidden commits", FigureKind.Count, f => f.HiddenCommitCount),
        new("hiddenCommitAmount", "Hidden commit amount", FigureKind.Amount, f => f.HiddenCommitAmount),
        new("unrealizedRatio", "Unrealized orders", FigureKind.Ratio, f => f.UnrealizedRatio),
    ];
}
