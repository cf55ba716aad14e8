using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A time of day: <c>07:00</c>, <c>7:00</c>, <c>7.30</c>, <c>7h30</c>, <c>0700</c>, <c>7</c>, <c>7am</c>, <c>7 am</c>,
/// <c>7:30pm</c>, <c>7:30 p.m.</c>, <c>noon</c>, <c>midnight</c>; Chinese <c>7点</c>, <c>上午7点</c>, <c>早上7点半</c>,
/// <c>下午3点</c>, <c>晚上8点</c>, <c>19点30分</c>, <c>7点一刻</c>, <c>下午3:30</c>, <c>中午12点</c>, <c>凌晨1点</c>
/// (<c>點</c>/<c>時</c> too; hours may be Chinese numerals: <c>七点</c>). 24-hour unless am/pm or a part of the day is
/// given (then the hour must fit it: <c>下午15点</c> is read, <c>上午15点</c> is refused, and so is <c>晚上12点</c>,
/// whose day is unclear).
/// </summary>
public static partial class TimeOfDayParser
{
    public static bool TryParse(string text, out TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(text);
        time = default;
        var compact = InputText.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
        switch (compact)
        {
            case "noon" or "midday" or "中午" or "正午":
                time = new TimeOnly(12, 0);
                return true;
            case "midnight" or "午夜" or "半夜":
                time = new TimeOnly(0, 0);
                return true;
        }

        var part = DayPart().Match(compact);
        if (part.Success)
        {
            compact = compact[part.Length..];
        }

        if (!TryReadClock(compact, allowAmPm: !part.Success, out var hour, out var minute))
        {
            return false;
        }

        if (part.Success && !TryPlaceInDayPart(part.Value, ref hour))
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static bool TryReadClock(string compact, bool allowAmPm, out int hour, out int minute)
    {
        hour = 0;
        minute = 0;
        var chinese = ChineseClock().Match(compact);
        if (chinese.Success)
        {
            if (!ChineseNumerals.TryParse(chinese.Groups["h"].Value, out hour))
            {
                return false;
            }

            if (chinese.Groups["half"].Success)
            {
                minute = 30;
            }
            else if (chinese.Groups["quarter"].Success)
            {
                minute = chinese.Groups["quarter"].Value[0] == '一' ? 15 : 45;
            }
            else if (chinese.Groups["m"].Success && !ChineseNumerals.TryParse(chinese.Groups["m"].Value, out minute))
            {
                return false;
            }

            return hour <= 23 && minute <= 59;
        }

        var match = Clock().Match(compact);
        if (!match.Success)
        {
            match = FourDigits().Match(compact);
            if (!match.Success)
            {
                return false;
            }
        }

        hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59)
        {
            return false;
        }

        if (match.Groups["ampm"].Success)
        {
            if (!allowAmPm || hour is < 1 or > 12)
            {
                return false;
            }

            var pm = match.Groups["ampm"].Value.StartsWith('p');
            hour = (hour % 12) + (pm ? 12 : 0);
            return true;
        }

        return hour <= 23;
    }

    /// <summary>A clock hour (0..23 as read) moved into the part of the day that was named, or false when it does not fit.</summary>
    private static bool TryPlaceInDayPart(string part, ref int hour)
    {
        switch (part)
        {
            case "凌晨":
                hour = hour == 12 ? 0 : hour;
                return hour <= 6;
            case "早上" or "早晨" or "清晨" or "上午" or "早":
                return hour <= 11;
            case "中午" or "正午":
                hour = hour is >= 1 and <= 2 ? hour + 12 : hour;
                return hour is >= 11 and <= 14;
            case "下午" or "傍晚":
                hour = hour is >= 1 and <= 11 ? hour + 12 : hour;
                return hour is >= 12 and <= 23;
            default: // 晚上, 晚间, 夜里 …: the evening; 晚上12点 is refused (today's end or tomorrow's start?).
                hour = hour is >= 5 and <= 11 ? hour + 12 : hour;
                return hour is >= 17 and <= 23;
        }
    }

    [GeneratedRegex(@"^(?:凌晨|早上|早晨|清晨|上午|中午|正午|下午|傍晚|晚上|晚间|晚間|夜里|夜裡|夜晚|夜间|夜間|早)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex DayPart();

    [GeneratedRegex(
        @"^(?<h>[0-9]{1,2}|[〇零一二两兩三四五六七八九十]{1,3})[点點时時](?:钟|鐘)?(?:(?<half>半)|(?<quarter>[一三]刻)|(?<m>[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})分?|整)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseClock();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:[:.h](?<m>[0-9]{2}))?(?<ampm>a\.?m\.?|p\.?m\.?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<h>[0-9]{2})(?<m>[0-9]{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex FourDigits();
}
