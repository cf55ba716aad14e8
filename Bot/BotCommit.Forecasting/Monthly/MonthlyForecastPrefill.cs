using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Pre-fills the monthly card (domain.md): each month of m..m+11 that the rep's previous monthly forecast also covers
/// takes its forecast and upside from it (after a normal month, m..m+10; m+11 stays empty); the others stay empty. Each
/// month shows the pipeline's amounts closing in it as a hint (<see cref="PipelineHint"/>).
/// </summary>
public static class MonthlyForecastPrefill
{
    /// <param name="month">m, the month of the card.</param>
    /// <param name="previous">
    /// The rep's latest monthly forecast for a month before m (revisions included, as the weekly card starts from the latest
    /// pipeline), or null.
    /// </param>
    /// <param name="pipeline">The deals the hint is read from: the rep's latest snapshot or current pipeline.</param>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not for a month before m.</exception>
    public static MonthlyForecastDraft Build(YearMonth month, MonthlyForecast? previous, IReadOnlyList<DealForecast> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (previous is not null && MonthlyCalendar.MonthsBetween(previous.Month, month) <= 0)
        {
            throw new ArgumentException($"The previous forecast is for {previous.Month}, not before {month}.", nameof(previous));
        }

        DraftMonth[] months =
        [
            .. MonthlyCalendar.Window(month).Select(m =>
            {
                var line = previous?.LineFor(m);
                return new DraftMonth(m, line?.Forecast, line?.Upside, PipelineHint.For(m, pipeline));
            }),
        ];
        var overlaps = months.Any(m => m.Forecast is not null);
        return new MonthlyForecastDraft(month, months, overlaps ? previous!.Month : null);
    }
}
