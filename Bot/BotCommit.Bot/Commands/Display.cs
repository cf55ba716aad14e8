using System.Globalization;
using System.Text;
using BotCommit.Bot.Turns;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Settings as people read them, in the reader's language ("Monday 07:00", "周一 07:00", "週一 07:00"); times on the
/// 24-hour clock, which reads one way everywhere. Dates go through <see cref="UserTexts.People"/>.
/// </summary>
internal static class Display
{
    private static readonly string[] ChineseDays = ["日", "一", "二", "三", "四", "五", "六"];

    public static string WeeklyTime(LocalWeeklyTime time, UserTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var clock = time.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return texts.Locale.IsChinese
            ? (texts.Locale.IsTraditional ? "週" : "周") + ChineseDays[(int)time.Day] + " " + clock
            : texts.UiCulture.DateTimeFormat.GetDayName(time.Day) + " " + clock;
    }

    public static string Date(DateOnly date, UserTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.People.Date(date);
    }

    /// <summary>"July", "7月".</summary>
    public static string Month(int month, UserTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Locale.IsChinese
            ? month.ToString(CultureInfo.InvariantCulture) + "月"
            : texts.UiCulture.DateTimeFormat.GetMonthName(month);
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
