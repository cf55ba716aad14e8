using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// What one deal adds to the six call figures, by the Monday summary's own rules (<see cref="FigureSums"/>), so a moved
/// deal changes a call exactly as it would change the reps' sums.
/// </summary>
public static class CallContribution
{
    public static CallFigures Of(DealForecast deal, ReviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(period);
        return CallFigures.From(SummaryFigures.From(FigureSums.Of([deal], [], period), null, null, period));
    }

    /// <summary>The change to the six figures when <paramref name="deal"/> is counted in <paramref name="to"/> instead of its category.</summary>
    public static CallFigures OfMove(DealForecast deal, ForecastCategory to, ReviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return Of(deal with { Category = to }, period).Minus(Of(deal, period));
    }
}
