using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>The three TOP lists of review week <see cref="Week"/>, each largest first (see <see cref="TopListCalculator"/>).</summary>
public sealed record TopLists(ForecastWeek Week, IReadOnlyList<TopDeal> BookedThisMonth, IReadOnlyList<TopDeal> Closing, IReadOnlyList<TopDeal> BestFew)
{
    public IReadOnlyList<TopDeal> this[TopListKind kind] => kind switch
    {
        TopListKind.BookedThisMonth => BookedThisMonth,
        TopListKind.Closing => Closing,
        TopListKind.BestFew => BestFew,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a TOP list."),
    };
}
