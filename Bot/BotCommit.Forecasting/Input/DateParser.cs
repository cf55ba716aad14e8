using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A calendar date: <c>2026-12-14</c> (also <c>2026/12/14</c>, <c>2026.12.14</c>), <c>14 Dec 2026</c>,
/// <c>Dec 14 2026</c>, <c>December 14</c>, <c>14 dec</c>, <c>2026年12月14日</c>, <c>12月14日</c> (<c>号</c>/<c>號</c>
/// too), optionally followed by its weekday as BotCommit shows it (<c>2026年12月14日（周一）</c>), which must then be
/// right. Without a year: the next such date from today on. Numeric day/month orders such as <c>12/11/2026</c> are
/// refused (<see cref="InputError.DateAmbiguousOrder"/>): they mean different days in different countries.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] EnglishFillers = ["until", "till", "til", "to", "through", "the", "on"];

    public static bool TryParse(string text, CultureInfo culture, DateOnly today, out DateOnly date)
    {
        var reading = Read(text, culture, today);
        date = reading.Value;
        return reading.IsRead;
    }

    public static Reading<DateOnly> Read(string text, CultureInfo culture, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        var normalized = InputText.Normalize(text).Trim();
        if (normalized.Length == 0)
        {
            return Reading.Refused<DateOnly>(InputError.Empty);
        }

        DayOfWeek? weekday = null;
        var shown = Weekday().Match(normalized);
        if (shown.Success)
        {
            if (!DayParser.TryParse(shown.Groups["day"].Value, culture, out var day))
            {
                return Reading.Refused<DateOnly>(InputError.NotUnderstood);
            }

            weekday = day;
            normalized = normalized[..shown.Index];
        }

        var reading = ReadDate(normalized, culture, today);
        if (reading.IsRead && weekday is { } expected && reading.Value.DayOfWeek != expected)
        {
            return Reading.Refused<DateOnly>(InputError.DateWeekdayMismatch);
        }

        return reading;
    }

    private static Reading<DateOnly> ReadDate(string typed, CultureInfo culture, DateOnly today)
    {
        var text = ChineseFillers().Replace(typed.Trim(), string.Empty);
        var chinese = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var chineseMatch = ChineseDate().Match(chinese);
        if (chineseMatch.Success)
        {
            return ChineseNumerals.TryParse(chineseMatch.Groups["m"].Value, out var m) && ChineseNumerals.TryParse(chineseMatch.Groups["d"].Value, out var d)
                ? Resolve(chineseMatch.Groups["y"].Value, m, d, today)
                : Reading.Refused<DateOnly>(InputError.NotUnderstood);
        }

        var joined = string.Join(' ', Words.Without(Words.Of(text), EnglishFillers));
        var yearFirst = YearFirst().Match(joined);
        if (yearFirst.Success)
        {
            return Resolve(
                yearFirst.Groups["y"].Value,
                int.Parse(yearFirst.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(yearFirst.Groups["d"].Value, CultureInfo.InvariantCulture),
                today);
        }

        if (DayMonthNumbers().IsMatch(joined))
        {
            return Reading.Refused<DateOnly>(InputError.DateAmbiguousOrder);
        }

        var match = DayMonth().Match(joined);
        if (!match.Success)
        {
            return Reading.Refused<DateOnly>(InputError.NotUnderstood);
        }

        var name = match.Groups["n1"].Success ? match.Groups["n1"].Value : match.Groups["n2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        if (!MonthNameParser.TryParseName(name, culture, out var month))
        {
            return Reading.Refused<DateOnly>(InputError.NotUnderstood);
        }

        return Resolve(match.Groups["y"].Value, month, int.Parse(dayText, CultureInfo.InvariantCulture), today);
    }

    /// <summary>The date, or without a year the next such date from <paramref name="today"/> on.</summary>
    private static Reading<DateOnly> Resolve(string yearText, int month, int day, DateOnly today)
    {
        var year = yearText.Length > 0 ? int.Parse(yearText, CultureInfo.InvariantCulture) : today.Year;
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1)
        {
            return Reading.Refused<DateOnly>(month is < 1 or > 12 ? InputError.NotUnderstood : InputError.DateNoSuchDay);
        }

        if (yearText.Length == 0 && (day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day) < today))
        {
            year++;
        }

        return day > DateTime.DaysInMonth(year, month)
            ? Reading.Refused<DateOnly>(InputError.DateNoSuchDay)
            : Reading.Of(new DateOnly(year, month, day));
    }

    [GeneratedRegex(@"\s*\((?<day>[^()]{1,12})\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:直到|截至|截止到|截止|到|至)\s*|\s*(?:为止|為止)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseFillers();

    [GeneratedRegex(
        @"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})月(?<d>[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})[日号號]?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})([-/.])(?<m>[0-9]{1,2})\1(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^[0-9]{1,2}([-/.])[0-9]{1,2}(?:\1[0-9]{2,4})?\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex DayMonthNumbers();

    [GeneratedRegex(
        @"^(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\.? (?<n1>\p{L}+\.?)|(?<n2>\p{L}+\.?) (?<d2>[0-9]{1,2})(?:st|nd|rd|th)?)(?: (?<y>[0-9]{4}))?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex DayMonth();
}
