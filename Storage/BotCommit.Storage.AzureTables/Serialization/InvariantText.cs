using System.Globalization;

namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>Culture-invariant text forms of values stored as strings (dates, decimals, enums by name).</summary>
internal static class InvariantText
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The earliest instant Azure Tables stores (Edm.DateTime starts at 1601-01-01 UTC).</summary>
    public static readonly DateTimeOffset MinInstant = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string FromDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? FromDate(DateOnly? date) => date is { } value ? FromDate(value) : null;

    public static DateOnly ToDate(string? text, string column) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Corrupt(column, text);

    public static DateOnly? ToOptionalDate(string? text, string column) =>
        text is null ? null : ToDate(text, column);

    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ToDecimal(string? text, string column) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Corrupt(column, text);

    /// <summary>
    /// Parses an enum stored by name: exactly one member's name (no numbers, no "A, B" combinations, no other
    /// casing); the meaningless zero (<c>Unknown</c>) is refused.
    /// </summary>
    public static TEnum ToEnum<TEnum>(string? text, string column)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value)
        && string.Equals(Enum.GetName(value), text, StringComparison.Ordinal)
        && !EqualityComparer<TEnum>.Default.Equals(value, default)
            ? value
            : throw Corrupt(column, text);

    /// <summary>Checks that an instant can be stored (Azure's DateTime starts in 1601).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Before 1601-01-01 UTC, e.g. an unset <c>default</c>.</exception>
    public static DateTimeOffset CheckInstant(DateTimeOffset instant, string paramName) =>
        instant >= MinInstant
            ? instant
            : throw new ArgumentOutOfRangeException(paramName, instant, "Instants before 1601-01-01 UTC cannot be stored (is it unset?).");

    public static DateTimeOffset? CheckInstant(DateTimeOffset? instant, string paramName) =>
        instant is { } value ? CheckInstant(value, paramName) : null;

    public static InvalidDataException Corrupt(string column, string? text) =>
        new($"Stored column '{column}' holds an unreadable value '{text}'.");
}
