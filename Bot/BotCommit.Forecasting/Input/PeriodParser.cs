using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// Target periods. A month: <c>2026-12</c>, <c>2026/12</c>, <c>12/2026</c>, <c>Dec 2026</c>, <c>December 2026</c>,
/// <c>2026 dec</c>, <c>dec</c> (the next December from this month on), <c>this month</c>, <c>next month</c>;
/// Chinese <c>2026年12月</c>, <c>12月</c> / <c>十二月</c> (the next such month), <c>本月</c>, <c>下月</c>
/// (<c>这个月</c>, <c>下个月</c>, <c>這個月</c>, <c>下個月</c>).
/// A fiscal quarter: <c>Q4 2026</c>, <c>2026 Q4</c>, <c>2026-Q4</c>, <c>FY2026 Q4</c> (fiscal years are named by the
/// calendar year they end in, so with a July start <c>Q1 2027</c> is Jul–Sep 2026), <c>Q4</c> (the next such quarter),
/// <c>this quarter</c>, <c>next quarter</c>; Chinese <c>2026年第四季度</c>, <c>2026财年第4季</c>, <c>第四季度</c>,
/// <c>四季度</c>, <c>2026年Q4</c>, <c>本季度</c> / <c>本季</c>, <c>下季度</c> / <c>下季</c> (the year is the fiscal year,
/// as in <c>Q4 2026</c>); or the quarter's first month in any month form (<c>2026-10</c>, <c>2026年10月</c>), which must
/// be a quarter start of the team's fiscal year.
/// </summary>
public static partial class PeriodParser
{
    public static bool TryParseMonth(string text, CultureInfo culture, YearMonth current, out YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        month = default;
        var words = Words.Of(InputText.Normalize(text));
        switch (string.Join(' ', words))
        {
            case "this month" or "this" or "本月" or "本月份" or "这个月" or "這個月" or "这月" or "這月" or "当月" or "當月":
                month = current;
                return true;
            case "next month" or "next" or "下月" or "下月份" or "下个月" or "下個月":
                month = current.AddMonths(1);
                return true;
        }

        var chinese = ChineseMonth().Match(string.Concat(words));
        if (chinese.Success)
        {
            if (!ChineseNumerals.TryParse(chinese.Groups["m"].Value, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            if (chinese.Groups["y"].Success)
            {
                month = new YearMonth(int.Parse(chinese.Groups["y"].Value, CultureInfo.InvariantCulture), m);
                return true;
            }

            var next = new YearMonth(current.Year, m);
            month = next.First < current.First ? next.AddMonths(12) : next;
            return true;
        }

        var compact = string.Concat(words);
        if (YearMonth.TryParse(compact.Replace('/', '-'), out month))
        {
            return true;
        }

        var numeric = MonthSlashYear().Match(compact);
        if (numeric.Success)
        {
            var m = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (m is >= 1 and <= 12)
            {
                month = new YearMonth(y, m);
                return true;
            }

            return false;
        }

        var named = NameAndYear().Match(string.Join(' ', words).Replace('-', ' '));
        if (!named.Success)
        {
            return false;
        }

        var name = named.Groups["name1"].Success ? named.Groups["name1"].Value : named.Groups["name2"].Value;
        var yearText = named.Groups["y1"].Success ? named.Groups["y1"].Value : named.Groups["y2"].Value;
        if (!MonthNameParser.TryParseName(name, culture, out var number))
        {
            return false;
        }

        if (yearText.Length == 0)
        {
            var candidate = new YearMonth(current.Year, number);
            month = candidate.First < current.First ? candidate.AddMonths(12) : candidate;
            return true;
        }

        month = new YearMonth(int.Parse(yearText, CultureInfo.InvariantCulture), number);
        return true;
    }

    /// <summary>
    /// A month looked back at (a month's export): every form of <see cref="TryParseMonth"/>, except that a month named
    /// without its year is the latest such month up to <paramref name="current"/> (in February 2027 <c>12月</c> and
    /// <c>dec</c> are December 2026, <c>2月</c> is February 2027), and <c>last month</c> / <c>上月</c> (<c>上个月</c>,
    /// <c>上個月</c>, <c>previous month</c>) is the month before <paramref name="current"/>.
    /// </summary>
    public static bool TryParsePastMonth(string text, CultureInfo culture, YearMonth current, out YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        var words = string.Join(' ', Words.Of(InputText.Normalize(text)));
        switch (words)
        {
            case "last month" or "previous month" or "last" or "上月" or "上月份" or "上个月" or "上個月":
                month = current.AddMonths(-1);
                return true;
            case "next month" or "next" or "下月" or "下月份" or "下个月" or "下個月":
                month = current.AddMonths(1);
                return true;
        }

        if (!TryParseMonth(text, culture, current, out month))
        {
            return false;
        }

        if (month.First > current.First && !YearDigits().IsMatch(words))
        {
            month = month.AddMonths(-12);
        }

        return true;
    }

    public static bool TryParseQuarter(string text, CultureInfo culture, int fiscalYearStartMonth, DateOnly today, out FiscalQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        quarter = default;
        var current = FiscalQuarter.Containing(today, fiscalYearStartMonth);
        var words = Words.Of(InputText.Normalize(text));
        switch (string.Join(' ', words))
        {
            case "this quarter" or "this" or "本季度" or "本季" or "这个季度" or "這個季度" or "这季度" or "這季度" or "当季" or "當季":
                quarter = current;
                return true;
            case "next quarter" or "next" or "下季度" or "下季" or "下个季度" or "下個季度":
                quarter = current.Next;
                return true;
        }

        var compact = string.Concat(words).Replace("-", string.Empty, StringComparison.Ordinal).Replace("fy", string.Empty, StringComparison.Ordinal);
        var chinese = ChineseQuarter().Match(compact);
        var named = chinese.Success ? chinese : QuarterName().Match(ChineseYear().Replace(compact, "${y}"));
        if (named.Success)
        {
            var number = QuarterNumber(named.Groups["q"].Value);
            var yearText = named.Groups["y1"].Success ? named.Groups["y1"].Value : named.Groups["y2"].Value;
            if (yearText.Length == 0)
            {
                // "Q4" alone: that quarter of the current fiscal year, or of the next one if it is already over.
                var candidate = Nth(FiscalYearContaining(today, fiscalYearStartMonth), fiscalYearStartMonth, number);
                quarter = candidate.End < current.Start ? Nth(FiscalYearContaining(today, fiscalYearStartMonth) + 1, fiscalYearStartMonth, number) : candidate;
                return true;
            }

            quarter = Nth(int.Parse(yearText, CultureInfo.InvariantCulture), fiscalYearStartMonth, number);
            return true;
        }

        if (!TryParseMonth(text, culture, YearMonth.Of(current.Start), out var first))
        {
            return false;
        }

        var aligned = FiscalQuarter.Containing(first.First, fiscalYearStartMonth);
        if (aligned.FirstMonth != first)
        {
            return false;
        }

        quarter = aligned;
        return true;
    }

    /// <summary>True when <paramref name="text"/> looks like a month that is not a quarter start (for a helpful message).</summary>
    public static bool IsMisalignedQuarterStart(string text, CultureInfo culture, int fiscalYearStartMonth, DateOnly today, out FiscalQuarter containing)
    {
        containing = default;
        if (!TryParseMonth(text, culture, YearMonth.Of(today), out var month))
        {
            return false;
        }

        containing = FiscalQuarter.Containing(month.First, fiscalYearStartMonth);
        return containing.FirstMonth != month;
    }

    private static int QuarterNumber(string digit) => digit switch
    {
        "一" => 1,
        "二" => 2,
        "三" => 3,
        "四" => 4,
        _ => int.Parse(digit, CultureInfo.InvariantCulture),
    };

    /// <summary>The fiscal year (named by the calendar year it ends in) containing <paramref name="date"/>.</summary>
    private static int FiscalYearContaining(DateOnly date, int startMonth) =>
        startMonth == 1 || date.Month < startMonth ? date.Year : date.Year + 1;

    private static FiscalQuarter Nth(int fiscalYear, int startMonth, int number)
    {
        var startYear = startMonth == 1 ? fiscalYear : fiscalYear - 1;
        return FiscalQuarter.StartingAt(new YearMonth(startYear, startMonth).AddMonths(3 * (number - 1)));
    }

    [GeneratedRegex(@"^(?<m>\d{1,2})[/-](?<y>\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex MonthSlashYear();

    [GeneratedRegex(@"^(?:(?<name1>\p{L}+\.?)(?: (?<y1>\d{4}))?|(?<y2>\d{4}) (?<name2>\p{L}+\.?))$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex NameAndYear();

    [GeneratedRegex(@"^(?:q(?<q>[1-4])(?<y1>\d{4})?|(?<y2>\d{4})q(?<q>[1-4]))$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex QuarterName();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseMonth();

    // The year may be written 2026年, 2026财年 or 2026年度 (the fiscal year, named like "Q4 2026").
    [GeneratedRegex(@"^(?:(?<y2>[0-9]{4})(?:财年|財年|年度|年)?)?(?:第(?<q>[1-4一二三四])季度?|(?<q>[1-4一二三四])季度)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseQuarter();

    [GeneratedRegex(@"(?<y>[0-9]{4})(?:财年|財年|年度|年)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseYear();

    [GeneratedRegex("[0-9]{4}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex YearDigits();
}
