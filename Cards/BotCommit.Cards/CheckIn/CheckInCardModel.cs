using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// Everything the rep's check-in card shows: the review <see cref="Week"/>, the rep's current card revision, the deals
/// carried over from last week (open deals plus this quarter's Won/Lost), the rep's totals, the team currency and the
/// submission deadline (already in the team's time zone: it is shown with its own offset). For a re-render after an
/// action, set <see cref="Draft"/> (and <see cref="Errors"/>) from the parse result.
/// </summary>
public sealed record CheckInCardModel(
    ForecastWeek Week,
    int CardRev,
    IReadOnlyList<DealForecast> Deals,
    RepTotals Totals,
    string Currency,
    DateTimeOffset Deadline)
{
    public int CardRev { get; init => field = CheckRev(value, nameof(CardRev)); } = CheckRev(CardRev, nameof(CardRev));

    public IReadOnlyList<DealForecast> Deals { get; init => field = CheckDeals(value, nameof(Deals)); } = CheckDeals(Deals, nameof(Deals));

    public RepTotals Totals { get; init => field = value ?? throw new ArgumentNullException(nameof(Totals)); } =
        Totals ?? throw new ArgumentNullException(nameof(Totals));

    public string Currency { get; init => field = CheckCurrency(value, nameof(Currency)); } = CheckCurrency(Currency, nameof(Currency));

    public CheckInDraft Draft { get; init => field = value ?? throw new ArgumentNullException(nameof(Draft)); } = CheckInDraft.Empty;

    public IReadOnlyList<FieldError> Errors { get; init => field = value ?? throw new ArgumentNullException(nameof(Errors)); } = [];

    /// <summary>
    /// The rep's stalled deals by id (from their own snapshots of record): each is marked on its line ("⚠ Stalled: in 50 %
    /// for 9 weeks"). Empty when not computed.
    /// </summary>
    public IReadOnlyDictionary<DealId, Forecasting.Pipeline.StalledDeal> Stalled { get; init => field = value ?? throw new ArgumentNullException(nameof(Stalled)); } =
        new Dictionary<DealId, Forecasting.Pipeline.StalledDeal>();

    /// <summary>The deadline has passed: submissions are still accepted but marked late, and the card says so.</summary>
    public bool PastDeadline { get; init; }

    private static int CheckRev(int rev, string paramName) =>
        rev >= 0 ? rev : throw new ArgumentOutOfRangeException(paramName, rev, "Must not be negative.");

    private static IReadOnlyList<DealForecast> CheckDeals(IReadOnlyList<DealForecast> deals, string paramName)
    {
        ArgumentNullException.ThrowIfNull(deals, paramName);
        if (deals.Any(d => d is null) || deals.Select(d => d.Id).Distinct().Count() != deals.Count)
        {
            throw new ArgumentException("Deals must be non-null with distinct ids.", paramName);
        }

        return deals;
    }

    private static string CheckCurrency(string currency, string paramName) =>
        currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper)
            ? currency
            : throw new ArgumentException("Must be an ISO 4217 code of three upper-case letters.", paramName);
}
