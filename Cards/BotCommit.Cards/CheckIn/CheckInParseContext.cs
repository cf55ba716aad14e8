using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// What the parser trusts, supplied by the caller from storage: the current review <see cref="Week"/>, the rep's
/// current <see cref="Deals"/> (the only deal ids and names accepted), the team's <see cref="AmountCeiling"/> and an id
/// generator for new deals. The rep's identity is not here: it comes from the authenticated activity, never from card
/// data. When <see cref="CardRev"/> is set, cards of another revision are stale.
/// </summary>
public sealed record CheckInParseContext(
    ForecastWeek Week,
    IReadOnlyList<DealForecast> Deals,
    decimal AmountCeiling,
    Func<DealId> NewDealId)
{
    public IReadOnlyList<DealForecast> Deals { get; init => field = CheckDeals(value, nameof(Deals)); } = CheckDeals(Deals, nameof(Deals));

    public decimal AmountCeiling
    {
        get;
        init => field = value > 0m ? value : throw new ArgumentOutOfRangeException(nameof(AmountCeiling), value, "Must be positive.");
    } = AmountCeiling > 0m ? AmountCeiling : throw new ArgumentOutOfRangeException(nameof(AmountCeiling), AmountCeiling, "Must be positive.");

    public Func<DealId> NewDealId { get; init => field = value ?? throw new ArgumentNullException(nameof(NewDealId)); } =
        NewDealId ?? throw new ArgumentNullException(nameof(NewDealId));

    /// <summary>
    /// The team's culture, when known: with a decimal comma (de-DE), an amount such as <c>1,500</c> reads two ways and is
    /// refused. Null reads every amount as a Chinese or English team would (comma = thousands).
    /// </summary>
    public CultureInfo? NumberCulture { get; init; }

    /// <summary>The rep's current card revision, or null to accept any.</summary>
    public int? CardRev { get; init; }

    private static IReadOnlyList<DealForecast> CheckDeals(IReadOnlyList<DealForecast> deals, string paramName)
    {
        ArgumentNullException.ThrowIfNull(deals, paramName);
        var seen = new HashSet<DealId>();
        foreach (var deal in deals)
        {
            if (deal is null || !seen.Add(deal.Id))
            {
                throw new ArgumentException("Deals must be non-null with distinct ids.", paramName);
            }
        }

        return deals;
    }
}
