using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// Day names in any case: English names and abbreviations (<c>monday</c>, <c>mon</c>, <c>mo</c>, <c>tues</c>,
/// <c>thurs</c>, …), Chinese (<c>周一</c>, <c>星期一</c>, <c>礼拜一</c>, <c>週一</c>, <c>禮拜一</c>; Sunday also
/// <c>周日</c>, <c>星期天</c>, <c>礼拜天</c>, <c>周7</c>), plus the full and abbreviated names of the team's culture
/// (<c>montag</c>, <c>lun.</c>). A trailing dot is ignored.
/// </summary>
public static partial class DayParser
{
    private static readonly Dictionary<string, DayOfWeek> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["mo"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tu"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["weds"] = DayOfWeek.Wednesday, ["we"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["th"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["fr"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sa"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["su"] = DayOfWeek.Sunday,
    };

    public static bool TryParse(string word, CultureInfo culture, out DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(culture);
        var text = InputText.Normalize(word).Trim().TrimEnd('.', ',');
        if (English.TryGetValue(text, out day))
        {
            return true;
        }

        var chinese = ChineseDay().Match(text);
        if (chinese.Success && chinese.Length == text.Length)
        {
            day = ChineseDayOf(chinese);
            return true;
        }

        var names = culture.DateTimeFormat;
        for (var i = 0; i < 7; i++)
        {
            if (string.Equals(text, names.DayNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, names.AbbreviatedDayNames[i].TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        day = default;
        return false;
    }

    /// <summary>
    /// Finds the one Chinese day name inside running text (<c>每周一早上7点</c>, written without spaces) and returns the
    /// text around it; false when there is none or more than one.
    /// </summary>
    public static bool TryFindChinese(string text, out DayOfWeek day, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        day = default;
        rest = text;
        var matches = ChineseDay().Matches(text);
        if (matches.Count != 1)
        {
            return false;
        }

        var match = matches[0];
        day = ChineseDayOf(match);
        rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        return true;
    }

    private static DayOfWeek ChineseDayOf(Match match) => match.Groups["d"].Value switch
    {
        "一" or "1" => DayOfWeek.Monday,
        "二" or "2" => DayOfWeek.Tuesday,
        "三" or "3" => DayOfWeek.Wednesday,
        "四" or "4" => DayOfWeek.Thursday,
        "五" or "5" => DayOfWeek.Friday,
        "六" or "6" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    [GeneratedRegex(@"(?:周|週|星期|礼拜|禮拜)(?<d>[一二三四五六日天]|[1-7](?![0-9:]))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseDay();
}
