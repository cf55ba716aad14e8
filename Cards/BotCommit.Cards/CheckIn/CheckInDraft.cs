namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The check-in card as the rep left it: every value they sent, keyed by input id and exactly as typed, the number
/// of new-deal slots and the page. Rebuilding the card with it (<see cref="CheckInCardModel.Draft"/>) shows the rep's
/// inputs again, so nothing typed is lost on a round trip (invalid input, "add deal", paging).
/// </summary>
public sealed record CheckInDraft
{
    /// <summary>
    /// Longest value kept (typing in a card never gets near it); longer, tampered values are cut, which keeps them
    /// above every field's own limit, so they are still refused as too long.
    /// </summary>
    public const int MaxValueLength = 2_000;

    private CheckInDraft(IReadOnlyDictionary<string, string> values, int newDealSlots, int page)
    {
        Values = values;
        NewDealSlots = newDealSlots;
        Page = page;
    }

    /// <summary>A fresh card: no typed values, no new-deal slot (the rep adds one with "Add a new deal"), the first page.</summary>
    public static CheckInDraft Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), 0, 0);

    /// <summary>Submitted values by input id (only ids the card wrote for the rep's own deals).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Number of "new deal" slots shown, 0..<see cref="CheckInCard.MaxNewDealSlots"/>.</summary>
    public int NewDealSlots { get; }

    /// <summary>Zero-based page of the deal list.</summary>
    public int Page { get; }

    /// <exception cref="ArgumentException">Null values, or counts out of range.</exception>
    public static CheckInDraft Create(IReadOnlyDictionary<string, string> values, int newDealSlots, int page)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(newDealSlots);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newDealSlots, CheckInCard.MaxNewDealSlots);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            copy[key] = value.Length > MaxValueLength ? value[..MaxValueLength] : value;
        }

        return new CheckInDraft(copy, newDealSlots, page);
    }

    public CheckInDraft WithPage(int page) => Create(Values, NewDealSlots, page);

    public CheckInDraft WithNewDealSlots(int newDealSlots) => Create(Values, newDealSlots, Page);

    internal string? Get(string inputId) => Values.TryGetValue(inputId, out var value) ? value : null;
}
