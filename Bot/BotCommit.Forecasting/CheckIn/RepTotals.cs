using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// The rep's own figures shown at the top of the check-in card and the receipt (domain.md: this week's Commit/Upside,
/// month and quarter Won, forecast and upside), in the team currency, from the deals the card shows.
/// </summary>
public sealed record RepTotals(
    decimal WeekCommit,
    decimal WeekUpside,
    decimal MonthWon,
    decimal MonthForecast,
    decimal MonthUpside,
    decimal QuarterWon,
    decimal QuarterForecast,
    decimal QuarterUpside)
{
    /// <summary>A rep with nothing in any period.</summary>
    public static RepTotals Zero { get; } = new(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m);

    /// <summary>The totals of <paramref name="deals"/> (the rep's snapshot) in <paramref name="period"/>, by the summary's sums.</summary>
    public static RepTotals Of(IReadOnlyList<DealForecast> deals, ReviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(period);
        var sums = FigureSums.Of(deals, [], period);
        return new RepTotals(
            sums.ThisWeekCommit,
            sums.ThisWeekUpside,
            sums.WonInMonth,
            sums.WonInMonth + sums.CommitRestOfMonth,
            sums.UpsideRestOfMonth,
            sums.WonInQuarter,
            sums.WonInQuarter + sums.CommitRestOfQuarter,
            sums.UpsideRestOfQuarter);
    }
}
