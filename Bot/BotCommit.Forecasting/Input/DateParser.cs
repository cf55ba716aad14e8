using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A calendar date: <c>2026-12-14</c>, <c>14 Dec 2026</c>, <c>Dec 14 2026</c>, <c>December 14</c>, <c>14 dec</c>
/// (without a year: the next such date from today on). Numeric day/month orders such as <c>12/11/2026</c> are refused:
/// they mean different days in different countries.
/// </summary>
public static partial class DateParser
{
    public static bool TryParse(string text, CultureInfo culture, DateOnly today, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        date = default;
        var words = Words.Without(Words.Of(text), "until", "till", "til", "to", "through", "the", "on");
        var joined = string.Join(' ', words);
        if (DateOnly.TryParseExact(joined, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var match = DayMonth().Match(joined);
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["n1"].Success ? match.Groups["n1"].Value : match.Groups["n2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        var yearText = match.Groups["y"].Value;
        if (!MonthNameParser.TryParseName(name, culture, out var month))
        {
            return false;
        }

        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = yearText.Length > 0 ? int.Parse(yearText, CultureInfo.InvariantCulture) : today.Year;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        if (yearText.Length == 0 && date < today)
        {
            if (day > DateTime.DaysInMonth(year + 1, month))
            {
                return false;
            }

            date = new DateOnly(year + 1, month, day);
        }

        return true;
    }

    [GeneratedRegex(
        @"^(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\.? (?<n1>\p{L}+\.?)|(?<n2>\p{L}+\.?) (?<d2>\d{1,2})(?:st|nd|rd|th)?)(?: (?<y>\d{4}))?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex DayMonth();
}
