namespace BotCommit.Forecasting.Input;

/// <summary>
/// Why typed text was refused. The domain only names the reason; each edge maps the code to a message in the reader's
/// language, with an example of a form that works. Persist by name (never by number).
/// </summary>
public enum InputError
{
    Unknown = 0,

    /// <summary>Nothing was typed (only white space).</summary>
    Empty = 1,

    /// <summary>Not a form this reader knows.</summary>
    NotUnderstood = 2,

    /// <summary>Separators that read two ways between countries: <c>1.200.000</c>, <c>1.000,00</c>, <c>1,5m</c>, <c>1.500</c>.</summary>
    AmountAmbiguous = 10,

    /// <summary>More than two decimals once scaled: <c>0.125</c>, <c>1.2345678万</c> (<c>1.23456万</c> is 12345.6, fine).</summary>
    AmountTooManyDecimals = 11,

    /// <summary>A minus sign on a non-zero amount.</summary>
    AmountNegative = 12,

    /// <summary>More digits than any amount could have (beyond <see cref="decimal"/>).</summary>
    AmountTooLarge = 13,

    /// <summary>A numeric day and month in either order (<c>12/7/2026</c>): one day in Europe, another in the US.</summary>
    DateAmbiguousOrder = 20,

    /// <summary>A day the month does not have (<c>2026-02-30</c>, <c>2月30日</c>).</summary>
    DateNoSuchDay = 21,

    /// <summary>A date with a weekday that is not its own (<c>2026年12月8日（周一）</c>; the 8th is a Tuesday).</summary>
    DateWeekdayMismatch = 22,
}
