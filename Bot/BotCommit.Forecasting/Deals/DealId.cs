namespace BotCommit.Forecasting.Deals;

/// <summary>
/// Identifies a deal within a rep's pipeline: 1..<see cref="MaxLength"/> characters of <c>[A-Za-z0-9_-]</c>,
/// so it is safe in table keys and card data without escaping.
/// </summary>
public readonly record struct DealId : IComparable<DealId>
{
    public const int MaxLength = 64;

    private readonly string? _value;

    private DealId(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    /// <exception cref="ArgumentException">Empty, too long, or contains other characters.</exception>
    public static DealId From(string value) =>
        TryFrom(value, out var id)
            ? id
            : throw new ArgumentException($"A deal id is 1..{MaxLength} characters of A-Z, a-z, 0-9, '_' or '-'.", nameof(value));

    public static bool TryFrom(string? value, out DealId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        id = new DealId(value);
        return true;
    }

    public int CompareTo(DealId other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(DealId left, DealId right) => left.CompareTo(right) < 0;

    public static bool operator <=(DealId left, DealId right) => left.CompareTo(right) <= 0;

    public static bool operator >(DealId left, DealId right) => left.CompareTo(right) > 0;

    public static bool operator >=(DealId left, DealId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
