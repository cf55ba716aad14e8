using System.Globalization;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A day and a time in either order, with optional filler words: <c>Monday 07:00</c>, <c>mon 7am</c>,
/// <c>7:00 on Monday</c>, <c>monday at 7 pm</c>. See <see cref="DayParser"/> and <see cref="TimeOfDayParser"/>.
/// </summary>
public static class WeeklyTimeParser
{
    public static bool TryParse(string text, CultureInfo culture, out LocalWeeklyTime value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        value = default;
        var words = Words.Without(Words.Of(text), "on", "at", "every", "each", "@");
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
