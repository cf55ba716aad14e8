using BotCommit.Forecasting.Metrics;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The six figures a manager calls for a node and week, in the node's currency: this week's commit and upside, the
/// month's forecast and upside, the fiscal quarter's forecast and upside (each as in <see cref="SummaryFigures"/>). The
/// same shape holds a roll-up, a call, and a difference between two (then possibly negative).
/// </summary>
public sealed record CallFigures(
    decimal ThisWeekCommit,
    decimal ThisWeekUpside,
    decimal MonthForecast,
    decimal MonthUpside,
    decimal QuarterForecast,
    decimal QuarterUpside)
{
    public static CallFigures Zero { get; } = new(0m, 0m, 0m, 0m, 0m, 0m);

    /// <summary>The six figures in display order.</summary>
    public static IReadOnlyList<CallFigure> All { get; } =
    [
        CallFigure.ThisWeekCommit, CallFigure.ThisWeekUpside, CallFigure.MonthForecast,
        CallFigure.MonthUpside, CallFigure.QuarterForecast, CallFigure.QuarterUpside,
    ];

    public decimal this[CallFigure figure] => figure switch
    {
        CallFigure.ThisWeekCommit => ThisWeekCommit,
        CallFigure.ThisWeekUpside => ThisWeekUpside,
        CallFigure.MonthForecast => MonthForecast,
        CallFigure.MonthUpside => MonthUpside,
        CallFigure.QuarterForecast => QuarterForecast,
        CallFigure.QuarterUpside => QuarterUpside,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Not a call figure."),
    };

    /// <summary>A team's (or rep's) figures from its Monday summary: the reps' sums.</summary>
    public static CallFigures From(SummaryFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(figures.ThisWeekCommit, figures.ThisWeekUpside, figures.MonthForecast, figures.MonthUpside, figures.QuarterForecast, figures.QuarterUpside);
    }

    public CallFigures With(CallFigure figure, decimal value) => figure switch
    {
        CallFigure.ThisWeekCommit => this with { ThisWeekCommit = value },
        CallFigure.ThisWeekUpside => this with { ThisWeekUpside = value },
        CallFigure.MonthForecast => this with { MonthForecast = value },
        CallFigure.MonthUpside => this with { MonthUpside = value },
        CallFigure.QuarterForecast => this with { QuarterForecast = value },
        CallFigure.QuarterUpside => this with { QuarterUpside = value },
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Not a call figure."),
    };

    public CallFigures Plus(CallFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            ThisWeekCommit + other.ThisWeekCommit,
            ThisWeekUpside + other.ThisWeekUpside,
            MonthForecast + other.MonthForecast,
            MonthUpside + other.MonthUpside,
            QuarterForecast + other.QuarterForecast,
            QuarterUpside + other.QuarterUpside);
    }

    public CallFigures Minus(CallFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            ThisWeekCommit - other.ThisWeekCommit,
            ThisWeekUpside - other.ThisWeekUpside,
            MonthForecast - other.MonthForecast,
            MonthUpside - other.MonthUpside,
            QuarterForecast - other.QuarterForecast,
            QuarterUpside - other.QuarterUpside);
    }
}
