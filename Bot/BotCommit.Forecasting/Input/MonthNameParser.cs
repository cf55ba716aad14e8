using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// Month names in any case: English names and 3-letter abbreviations (<c>sept</c> too), Chinese <c>7月</c>,
/// <c>七月</c>, <c>十二月份</c>, the team culture's names, or 1..12.
/// </summary>
public static partial class MonthNameParser
{
    private static readonly string[] EnglishNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A month name or abbreviation (not a bare number).</summary>
    public static bool TryParseName(string word, CultureInfo culture, out int month)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(culture);
        var text = InputText.Normalize(word).Trim().TrimEnd('.', ',');
        month = 0;
        var chinese = ChineseMonth().Match(text);
        if (chinese.Success)
        {
            return ChineseNumerals.TryParse(chinese.Groups["m"].Value, out month) && month is >= 1 and <= 12;
        }

        if (text.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < 12; i++)
        {
            var english = EnglishNames[i];
            var names = culture.DateTimeFormat;
            if (string.Equals(text, english, StringComparison.OrdinalIgnoreCase)
                || (text.Length >= 3 && english.StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length <= 4)
                || string.Equals(text, names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, names.MonthGenitiveNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, names.AbbreviatedMonthNames[i].TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>A month name or a number 1..12.</summary>
    public static bool TryParse(string word, CultureInfo culture, out int month)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (int.TryParse(InputText.Normalize(word).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out month))
        {
            return month is >= 1 and <= 12;
        }

        return TryParseName(word, culture, out month);
    }

    [GeneratedRegex(@"^(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseMonth();
}
