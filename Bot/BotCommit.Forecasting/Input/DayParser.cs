using System.Globalization;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// Day names in any case: English names and abbreviations (<c>monday</c>, <c>mon</c>, <c>mo</c>, <c>tues</c>,
/// <c>thurs</c>, …), plus the full and abbreviated names of the team's culture (<c>montag</c>, <c>lun.</c>). A trailing
/// dot is ignored.
/// </summary>
public static class DayParser
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
        var text = word.Trim().TrimEnd('.', ',');
        if (English.TryGetValue(text, out day))
        {
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
}
