using System.Globalization;
using System.Text;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary>Settings as people read them, in the team's culture ("Monday 07:00" / "lundi 07:00").</summary>
internal static class Display
{
    public static string WeeklyTime(LocalWeeklyTime time, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.DateTimeFormat.GetDayName(time.Day) + " " + time.Time.ToString("t", culture);
    }

    public static string Date(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return date.ToString("D", culture);
    }

    public static string Month(int month, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.DateTimeFormat.GetMonthName(month);
    }

    /// <summary>
    /// User text cut for echoing in a message (escape it too): at most <paramref name="max"/> characters as people see
    /// them (text elements), so an emoji or an accented letter is never cut in half.
    /// </summary>
    public static string Shorten(string text, int max = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var kept = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        for (var count = 0; count < max && enumerator.MoveNext(); count++)
        {
            kept.Append(enumerator.GetTextElement());
        }

        return kept.Length == text.Length ? text : kept + "…";
    }
}
