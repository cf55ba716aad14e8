using System.Globalization;

namespace BotCommit.Forecasting.Periods;

/// <summary>
/// A review week: Monday <see cref="Monday"/> to Sunday <see cref="Sunday"/>, named by the ISO 8601 week of its
/// Monday (<c>2026-W49</c>; the ISO week-year, so 2026-12-28 is <c>2026-W53</c> and 2027-01-04 is <c>2027-W01</c>).
/// A week belongs to the month of its Monday. <see cref="ForSubmissionAt"/> is the only place an instant
/// becomes a week.
/// </summary>
public readonly record struct ForecastWeek : IComparable<ForecastWeek>
{
    private ForecastWeek(DateOnly monday) => Monday = monday;

    public DateOnly Monday { get; }

    public DateOnly Sunday => Monday.AddDays(6);

    public ForecastWeek Previous => new(Monday.AddDays(-7));

    public ForecastWeek Next => new(Monday.AddDays(7));

    /// <summary>The month the week belongs to (the month of its Monday).</summary>
    public YearMonth Month => YearMonth.Of(Monday);

    /// <summary>The ISO week-year of the Monday (may differ from <c>Monday.Year</c> around New Year).</summary>
    public int IsoYear => ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The ISO week number (1..53).</summary>
    public int IsoWeekNumber => ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <exception cref="ArgumentException"><paramref name="monday"/> is not a Monday.</exception>
    public static ForecastWeek FromMonday(DateOnly monday) =>
        monday.DayOfWeek == DayOfWeek.Monday
            ? new ForecastWeek(monday)
            : throw new ArgumentException($"{monday:yyyy-MM-dd} is a {monday.DayOfWeek}, not a Monday.", nameof(monday));

    /// <summary>The Monday-to-Sunday week that contains <paramref name="date"/>.</summary>
    public static ForecastWeek Containing(DateOnly date)
    {
        var daysSinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return new ForecastWeek(date.AddDays(-daysSinceMonday));
    }

    /// <summary>
    /// The week a submission made at <paramref name="instant"/> is for: take the local date in
    /// <paramref name="zone"/>; on a Sunday it is the week starting the next day (the Sunday nudge is for the
    /// coming Monday), otherwise the week containing the date.
    /// </summary>
    public static ForecastWeek ForSubmissionAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return Containing(local.DayOfWeek == DayOfWeek.Sunday ? local.AddDays(1) : local);
    }

    /// <summary>Parses an ISO week name such as <c>2026-W49</c>.</summary>
    /// <exception cref="FormatException">Not a valid ISO week name.</exception>
    public static ForecastWeek Parse(string text) =>
        TryParse(text, out var week)
            ? week
            : throw new FormatException($"'{text}' is not an ISO week such as 2026-W49.");

    public static bool TryParse(string? text, out ForecastWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new ForecastWeek(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
        return true;
    }

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    /// <summary>
    /// The date of <paramref name="day"/> in this week's cycle, which runs from the Sunday before
    /// <see cref="Monday"/> (the nudge) to the Saturday after it: Sunday is M-1, Monday is M, Saturday is M+5.
    /// Consistent with <see cref="ForSubmissionAt"/>, where a Sunday belongs to the coming week.
    /// </summary>
    public DateOnly CycleDate(DayOfWeek day) =>
        day == DayOfWeek.Sunday ? Monday.AddDays(-1) : Monday.AddDays((int)day - 1);

    public int CompareTo(ForecastWeek other) => Monday.CompareTo(other.Monday);

    public static bool operator <(ForecastWeek left, ForecastWeek right) => left.CompareTo(right) < 0;

    public static bool operator <=(ForecastWeek left, ForecastWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >(ForecastWeek left, ForecastWeek right) => left.CompareTo(right) > 0;

    public static bool operator >=(ForecastWeek left, ForecastWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{IsoYear:D4}-W{IsoWeekNumber:D2}");
}
