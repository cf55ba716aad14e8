using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A review week at the start of the arguments: <c>2026-W52</c>, <c>2026W52</c>, <c>W52</c> / <c>wk52</c> (the next
/// week with that number from the current week on), a date <c>2026-12-28</c> (the week containing it), or
/// <c>this week</c> / <c>next week</c> / <c>last week</c>; Chinese <c>2026年第52周</c>, <c>第52周</c> (<c>週</c> too),
/// <c>本周</c> / <c>这周</c>, <c>下周</c>, <c>上周</c> (<c>本週</c>, <c>這週</c>, <c>下週</c>, <c>上週</c>, <c>下个星期</c> …),
/// with or without a space before the rest. The rest of the text is returned (e.g. a holiday's reason).
/// </summary>
public static partial class WeekParser
{
    public static bool TryParseLeading(string text, ForecastWeek current, out ForecastWeek week, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        week = default;
        rest = string.Empty;
        var typed = text.Trim();
        var trimmed = InputText.Normalize(typed); // one character for one: positions agree, the rest is cut from what was typed
        var spoken = Spoken().Match(trimmed);
        if (!spoken.Success)
        {
            spoken = ChineseSpoken().Match(trimmed);
        }

        if (spoken.Success)
        {
            week = spoken.Groups["which"].Value.ToLower(CultureInfo.InvariantCulture) switch
            {
                "this" or "本" or "这" or "這" or "这个" or "這個" => current,
                "next" or "下" or "下个" or "下個" => current.Next,
                _ => current.Previous,
            };
            rest = typed[spoken.Length..].Trim();
            return true;
        }

        var chinese = ChineseNumbered().Match(trimmed);
        if (chinese.Success)
        {
            if (!TryResolve(chinese, current, out week))
            {
                return false;
            }

            rest = typed[chinese.Length..].Trim();
            return true;
        }

        var match = Leading().Match(trimmed);
        if (!match.Success || !TryResolve(match, current, out week))
        {
            return false;
        }

        rest = typed[match.Length..].Trim();
        return true;
    }

    /// <summary>True when the text starts with something that reads as a week (whether or not it exists).</summary>
    public static bool StartsWithWeek(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = InputText.Normalize(text).Trim();
        return Spoken().IsMatch(trimmed) || ChineseSpoken().IsMatch(trimmed) || ChineseNumbered().IsMatch(trimmed) || Leading().IsMatch(trimmed);
    }

    public static bool TryParse(string text, ForecastWeek current, out ForecastWeek week) =>
        TryParseLeading(text, current, out week, out var rest) && rest.Length == 0;

    private static bool TryResolve(Match match, ForecastWeek current, out ForecastWeek week)
    {
        week = default;
        if (match.Groups["date"].Success)
        {
            if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }

            week = ForecastWeek.Containing(date);
            return true;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Success)
        {
            return ForecastWeek.TryParse(string.Create(CultureInfo.InvariantCulture, $"{match.Groups["y"].Value}-W{number:D2}"), out week);
        }

        for (var year = current.IsoYear; year <= current.IsoYear + 1; year++)
        {
            if (ForecastWeek.TryParse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{number:D2}"), out var candidate) && candidate >= current)
            {
                week = candidate;
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<which>this|next|last|previous)\s+week\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"^(?<which>本|这个|這個|这|這|下个|下個|下|上个|上個|上)(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天1-7])[,:]?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseSpoken();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?第(?<n>[0-9]{1,2})(?:周|週)[,:]?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(
        @"^(?:(?<date>\d{4}-\d{2}-\d{2})|(?:(?<y>\d{4})-?)?(?:w|wk|week)\s?(?<n>\d{1,2}))(?=\s|$|[,:])[,:]?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex Leading();
}
