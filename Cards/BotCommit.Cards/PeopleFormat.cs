using System.Globalization;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards;

/// <summary>
/// Amounts, dates, weeks and instants as a reader of a team reads them, and the format provider every card and bot
/// string is filled with (so a <c>{0:d}</c> or <c>{0:g}</c> in a translation can never print <c>12/7/2026</c>):
/// <list type="bullet">
/// <item>dates: <c>2026-12-07</c>, or <c>2026年12月7日（周一）</c> / <c>（週一）</c> for Chinese readers — never a
/// day/month order that reads two ways;</item>
/// <item>instants (the deadline): in the team's zone, with the zone named — <c>2026-12-07 07:00 Europe/London</c>,
/// <c>2026年12月7日（周一）07:00 Asia/Shanghai</c>;</item>
/// <item>weeks: <c>2026-W49</c>, <c>2026年第49周</c> / <c>2026年第49週</c>;</item>
/// <item>amounts: grouped in the team's culture (<c>1,250,000</c>), or with <see cref="AmountStyle.Myriads"/> and a
/// Chinese reader <c>125万</c> / <c>1.2亿</c> (<c>萬</c>/<c>億</c> in traditional), exact (<c>123.4567万</c>, <c>1亿2345万</c>; amounts
/// with cents stay grouped);
/// money with the currency's sign where it is unambiguous for the team's readers (<c>¥</c> CNY, <c>NT$</c> TWD,
/// <c>HK$</c> HKD), otherwise with its ISO code (<c>1,250,000 USD</c>).</item>
/// </list>
/// Other values are formatted with the team's culture.
/// </summary>
public sealed class PeopleFormat : IFormatProvider, ICustomFormatter
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private static readonly string[] ChineseDays = ["日", "一", "二", "三", "四", "五", "六"];
    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["CNY"] = "¥",
        ["TWD"] = "NT$",
        ["HKD"] = "HK$",
    };

    private readonly CardLocale _locale;

    internal PeopleFormat(CardLocale locale) => _locale = locale;

    private CultureInfo Culture => _locale.FormatCulture;

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(ICustomFormatter) ? this : Culture.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        null => string.Empty,
        DateOnly date => Date(date),
        DateTimeOffset instant => Instant(instant),
        DateTime dateTime when IsMonthFormat(format) => Month(dateTime, format!),
        DateTime dateTime => Date(DateOnly.FromDateTime(dateTime)),
        ForecastWeek week => Week(week),
        decimal amount when format is null or "N0" or "N2" or "N" => Number(amount),
        IFormattable formattable => formattable.ToString(format, Culture),
        _ => arg.ToString() ?? string.Empty,
    };

    /// <summary><c>2026-12-07</c>, or <c>2026年12月7日（周一）</c> for Chinese readers.</summary>
    public string Date(DateOnly date) => _locale.IsChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日（{(_locale.IsTraditional ? "週" : "周")}{ChineseDays[(int)date.DayOfWeek]}）")
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant on the team's clock with the zone named: <c>2026-12-07 07:00 Europe/London</c>.</summary>
    public string Instant(DateTimeOffset instant)
    {
        var (local, zone) = TimeZones.TryFind(_locale.TimeZoneId, out var found)
            ? (TimeZoneInfo.ConvertTime(instant, found), _locale.TimeZoneId!)
            : (instant, instant.Offset == TimeSpan.Zero ? "UTC" : "UTC" + instant.ToString("zzz", CultureInfo.InvariantCulture));
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var date = Date(DateOnly.FromDateTime(local.DateTime));
        return _locale.IsChinese ? $"{date}{time} {zone}" : $"{date} {time} {zone}";
    }

    /// <summary><c>2026-W49</c>, or <c>2026年第49周</c> / <c>2026年第49週</c>.</summary>
    public string Week(ForecastWeek week) => _locale.IsChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{week.IsoYear}年第{week.IsoWeekNumber}{(_locale.IsTraditional ? "週" : "周")}")
        : week.ToString();

    /// <summary>An amount without currency: <c>1,250,000</c> (cents only when there are any), or <c>125万</c>.</summary>
    public string Number(decimal amount)
    {
        // Whole amounts only: 4.00005万 for 40,000.50 reads worse than the grouped form.
        if (_locale.AmountStyle == AmountStyle.Myriads && _locale.IsChinese && Math.Abs(amount) >= Wan && decimal.Truncate(amount) == amount)
        {
            return (amount < 0 ? "-" : string.Empty) + Myriads(Math.Abs(amount));
        }

        return amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Culture);
    }

    /// <summary><c>¥1,250,000</c>, <c>NT$125萬</c>, <c>1,250,000 USD</c>.</summary>
    public string Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var number = Number(Math.Abs(amount));
        var sign = amount < 0 ? "-" : string.Empty;
        return Signs.TryGetValue(currency, out var symbol)
            ? sign + symbol + number
            : sign + number + " " + currency;
    }

    private string Myriads(decimal amount)
    {
        var (wan, yi) = _locale.IsTraditional ? ("萬", "億") : ("万", "亿");
        if (amount < Yi)
        {
            return (amount / Wan).ToString("#,0.######", Culture) + wan;
        }

        if (amount % Wan == 0m)
        {
            return (amount / Yi).ToString("#,0.####", Culture) + yi;
        }

        var whole = decimal.Truncate(amount / Yi);
        return whole.ToString("#,0", Culture) + yi + ((amount - (whole * Yi)) / Wan).ToString("0.######", Culture) + wan;
    }

    private static bool IsMonthFormat(string? format) => format is not null && format.Contains("MMM", StringComparison.Ordinal);

    // "December 2026", "Oct" in the reader's language; Chinese readers get numbers: 2026年12月, 10月.
    private string Month(DateTime month, string format)
    {
        if (!_locale.IsChinese)
        {
            return month.ToString(format, _locale.UiCulture);
        }

        return format.Contains('y', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{month.Month}月")
            : string.Create(CultureInfo.InvariantCulture, $"{month.Month}月");
    }
}
