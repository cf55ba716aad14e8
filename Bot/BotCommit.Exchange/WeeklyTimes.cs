using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>The exchange text of a <see cref="LocalWeeklyTime"/>: an English day name and a 24-hour time, <c>Monday 07:00</c>.</summary>
internal static partial class WeeklyTimes
{
    public static bool TryParse(string text, out LocalWeeklyTime time)
    {
        time = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var day = Enum.Parse<DayOfWeek>(match.Groups[1].Value);
        var hour = int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        time = new LocalWeeklyTime(day, new TimeOnly(hour, minute));
        return true;
    }

    public static string Format(LocalWeeklyTime time) => time.ToString();

    [GeneratedRegex("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ([01][0-9]|2[0-3]):([0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
