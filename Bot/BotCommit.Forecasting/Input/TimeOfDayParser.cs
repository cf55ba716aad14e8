using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A time of day: <c>07:00</c>, <c>7:00</c>, <c>7.30</c>, <c>7h30</c>, <c>0700</c>, <c>7</c>, <c>7am</c>, <c>7 am</c>,
/// <c>7:30pm</c>, <c>7:30 p.m.</c>, <c>noon</c>, <c>midnight</c>. 24-hour unless am/pm is given (then 1..12).
/// </summary>
public static partial class TimeOfDayParser
{
    public static bool TryParse(string text, out TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(text);
        time = default;
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
        switch (compact)
        {
            case "noon" or "midday":
                time = new TimeOnly(12, 0);
                return true;
            case "midnight":
                time = new TimeOnly(0, 0);
                return true;
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

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59)
        {
            return false;
        }

        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = match.Groups["ampm"].Value.StartsWith('p');
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (hour > 23)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2}))?(?<ampm>a\.?m\.?|p\.?m\.?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<h>\d{2})(?<m>\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex FourDigits();
}
