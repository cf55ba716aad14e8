using System.Globalization;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A day and a time in either order, with optional filler words: <c>Monday 07:00</c>, <c>mon 7am</c>,
/// <c>7:00 on Monday</c>, <c>monday at 7 pm</c>; Chinese with or without spaces: <c>周一 7:00</c>, <c>周一早上7点</c>,
/// <c>每周日下午4点</c>, <c>星期一 上午7點半</c>. See <see cref="DayParser"/> and <see cref="TimeOfDayParser"/>.
/// </summary>
public static class WeeklyTimeParser
{
    private static readonly string[] ChineseFillers = ["每个", "每個", "每", "的", "在", "于", "於"];

    public static bool TryParse(string text, CultureInfo culture, out LocalWeeklyTime value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        value = default;
        var normalized = InputText.Normalize(text);
        if (DayParser.TryFindChinese(normalized, out var chineseDay, out var around))
        {
            var timeText = ChineseFillers.Aggregate(around, (rest, filler) => rest.Replace(filler, " ", StringComparison.Ordinal));
            var timeWords = Words.Without(Words.Of(timeText), "on", "at", "every", "each", "@");
            if (timeWords.Count == 0 || !TimeOfDayParser.TryParse(string.Concat(timeWords), out var chineseTime))
            {
                return false;
            }

            value = new LocalWeeklyTime(chineseDay, chineseTime);
            return true;
        }

        var words = Words.Without(Words.Of(normalized), "on", "at", "every", "each", "@");
        DayOfWeek? day = null;
        var rest = new List<string>();
        foreach (var word in words)
        {
            if (day is null && DayParser.TryParse(word, culture, out var parsed))
            {
                day = parsed;
            }
            else
            {
                rest.Add(word);
            }
        }

        if (day is not { } found || rest.Count == 0 || !TimeOfDayParser.TryParse(string.Concat(rest), out var time))
        {
            return false;
        }

        value = new LocalWeeklyTime(found, time);
        return true;
    }
}
