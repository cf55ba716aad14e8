namespace BotCommit.Forecasting.Deals;

/// <summary>
/// One deal as the rep states it in one week (a submission line), also the current pipeline state.
/// <see cref="Amount"/> is in the team currency, non-negative, with at most 2 decimals. <see cref="CloseDate"/>
/// is the expected (or, for Won, actual) booking date. Invariants are enforced here with
/// <see cref="ArgumentException"/>; friendly validation messages belong to the card layer.
/// </summary>
public sealed record DealForecast(
    DealId Id,
    string Account,
    string Name,
    ForecastCategory Category,
    decimal Amount,
    DateOnly CloseDate,
    Stage Stage)
{
    public const int MaxAccountLength = 120;

    public const int MaxNameLength = 120;

    public const int MaxReasonLength = 500;

    public DealId Id { get; init => field = CheckId(value, nameof(Id)); } = CheckId(Id, nameof(Id));

    public string Account { get; init => field = Guard.Text(value, MaxAccountLength, nameof(Account)); } =
        Guard.Text(Account, MaxAccountLength, nameof(Account));

    public string Name { get; init => field = Guard.Text(value, MaxNameLength, nameof(Name)); } =
        Guard.Text(Name, MaxNameLength, nameof(Name));

    public ForecastCategory Category { get; init => field = CheckCategory(value, nameof(Category)); } = CheckCategory(Category, nameof(Category));

    public decimal Amount { get; init => field = CheckAmount(value, nameof(Amount)); } = CheckAmount(Amount, nameof(Amount));

    public CommitChecklist Checklist { get; init; }

    /// <summary>For Won deals: booked but not realized (e.g. unpaid or not shipped).</summary>
    public bool Unrealized { get; init; }

    /// <summary>Free text, e.g. why a soft commit is a commit.</summary>
    public string? Reason { get; init => field = Guard.OptionalText(value, MaxReasonLength, nameof(Reason)); }

    /// <summary>A commit at closing stage (>= 90 %) with the full checklist.</summary>
    public bool IsSolidCommit => Category == ForecastCategory.Commit && Stage >= Stage.Closing && Checklist.IsComplete;

    /// <summary>A commit that is not solid (below closing stage or a checklist gap): it needs a reason.</summary>
    public bool IsSoftCommit => DealRules.IsSoftCommit(Category, Stage, Checklist);

    /// <summary>An upside at closing stage (>= 90 %): a commit in all but name (counted when it closes M..month end).</summary>
    public bool IsHiddenCommit => Category == ForecastCategory.Upside && Stage >= Stage.Closing;

    /// <summary>Open = Commit, Upside or Pipeline.</summary>
    public bool IsOpen => DealRules.IsOpen(Category);

    /// <summary>The close date falls within <paramref name="first"/>..<paramref name="last"/> (inclusive).</summary>
    public bool ClosesWithin(DateOnly first, DateOnly last) => CloseDate >= first && CloseDate <= last;

    private static DealId CheckId(DealId id, string paramName) =>
        id.Value.Length > 0 ? id : throw new ArgumentException("The deal id is missing.", paramName);

    private static ForecastCategory CheckCategory(ForecastCategory category, string paramName) =>
        Enum.IsDefined(category) && category != ForecastCategory.Unknown
            ? category
            : throw new ArgumentException($"'{category}' is not a forecast category.", paramName);

    private static decimal CheckAmount(decimal amount, string paramName)
    {
        if (amount < 0m)
        {
            throw new ArgumentException("An amount cannot be negative.", paramName);
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentException("An amount has at most 2 decimals.", paramName);
        }

        return amount;
    }
}
