using System.Globalization;

namespace BotCommit.Forecasting.Periods;

/// <summary>A calendar month, written <c>yyyy-MM</c> (the key of month targets, and of quarter targets by first month).</summary>
public readonly record struct YearMonth
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The first day of the month.</summary>
    public DateOnly First => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly Last => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months)
    {
        var index = checked((Year * 12) + (Month - 1) + months);
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public static YearMonth Parse(string text) =>
        TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a month in the form yyyy-MM.");

    public static bool TryParse(string? text, out YearMonth result)
    {
        result = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        result = new YearMonth(year, month);
        return true;
    }

    public void Deconstruct(out int year, out int month)
    {
        year = Year;
        month = Month;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
