using System.Globalization;
using System.Text.RegularExpressions;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A target as people type it, for a team (<c>set target</c>) and for a region (<c>set region target</c>): its kind
/// said (<c>month</c> / <c>quarter</c>, <c>月度</c> / <c>季度</c>) or read from its period (<c>2026年12月</c>,
/// <c>第四季度</c>, <c>Q4 2026</c>), an optional period (this one when none is said; <c>本月</c>, <c>下季度</c>,
/// <c>2026-12</c>…, see <see cref="PeriodParser"/>) and an amount (<see cref="AmountParser"/>) before or after it; one of
/// <see cref="ClearWords"/> instead of the amount removes the target. Quarters follow the fiscal calendar the caller
/// passes (a team's own, a region's effective one).
/// </summary>
public static partial class TargetInput
{
    /// <summary>Words that remove a target instead of an amount.</summary>
    public static readonly IReadOnlyList<string> ClearWords = ["none", "clear", "off", "remove", "delete", "无", "無", "清除", "删除", "刪除"];

    private static readonly string[] MonthWords = ["month", "monthly", "mo", "月度", "月", "每月", "月目标", "月目標"];
    private static readonly string[] QuarterWords = ["quarter", "quarterly", "qtr", "季度", "季", "每季", "季度目标", "季度目標"];

    /// <param name="words">The words (<see cref="Words.Of"/>, lower case), filler words already taken out.</param>
    /// <param name="fiscalYearStartMonth">The first month of the fiscal year whose quarters count (1..12).</param>
    /// <param name="today">Today on the team's or region's calendar ("this month", a month without a year).</param>
    /// <param name="culture">The reader's culture (with a decimal comma, <c>1,500</c> is ambiguous).</param>
    public static TargetReading Read(IReadOnlyList<string> words, int fiscalYearStartMonth, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(culture);
        var isMonth = words.Any(w => MonthWords.Contains(w, StringComparer.Ordinal));
        var isQuarter = words.Any(w => QuarterWords.Contains(w, StringComparer.Ordinal));
        if (!isMonth && !isQuarter)
        {
            // "设置目标 2026年第四季度 300万", "set target Q4 2026 3m": the period says which kind it is.
            isQuarter = words.Any(w => w.Contains('季', StringComparison.Ordinal) || QuarterLike().IsMatch(w));
            isMonth = !isQuarter && words.Any(w => w.Contains('月', StringComparison.Ordinal));
        }

        if (isMonth == isQuarter)
        {
            return TargetReading.Refused(TargetProblem.Kind);
        }

        var rest = words.Where(w => !MonthWords.Contains(w, StringComparer.Ordinal) && !QuarterWords.Contains(w, StringComparer.Ordinal)).ToList();
        return ReadPeriodAndAmount(rest, isMonth, fiscalYearStartMonth, today, culture);
    }

    /// <summary>The period and the amount (either first, the amount one or two words), or why they could not be read.</summary>
    private static TargetReading ReadPeriodAndAmount(List<string> words, bool isMonth, int fiscalYearStartMonth, DateOnly today, CultureInfo culture)
    {
        var refusal = TargetReading.Refused(TargetProblem.Amount);
        var sawAmount = false;
        for (var size = 1; size <= Math.Min(2, words.Count); size++)
        {
            foreach (var amountFirst in new[] { false, true })
            {
                var amountWords = amountFirst ? words.Take(size) : words.Skip(words.Count - size);
                var periodWords = amountFirst ? words.Skip(size) : words.Take(words.Count - size);
                var amountText = string.Join(' ', amountWords);
                decimal? parsed;
                var reading = AmountParser.Read(amountText, culture);
                if (ClearWords.Contains(amountText, StringComparer.Ordinal))
                {
                    parsed = null;
                }
                else if (reading.IsRead)
                {
                    parsed = reading.Value;
                }
                else
                {
                    // Remember the first specific refusal ("1.200.000" is ambiguous), to explain it if nothing fits.
                    if (refusal.AmountError is null && reading.Error is not (InputError.NotUnderstood or InputError.Empty))
                    {
                        refusal = refusal with { AmountError = reading.Error, AmountText = amountText };
                    }

                    continue;
                }

                sawAmount = true;
                var period = string.Join(' ', periodWords);
                if (period.Length == 0)
                {
                    period = "this";
                }

                if (isMonth && PeriodParser.TryParseMonth(period, culture, YearMonth.Of(today), out var month))
                {
                    return new TargetReading(TargetKind.Month, month.ToString(), null) { Month = month, Amount = parsed };
                }

                if (!isMonth && PeriodParser.TryParseQuarter(period, culture, fiscalYearStartMonth, today, out var quarter))
                {
                    return new TargetReading(TargetKind.Quarter, quarter.Key, null) { Quarter = quarter, Amount = parsed };
                }

                if (!isMonth && PeriodParser.IsMisalignedQuarterStart(period, culture, fiscalYearStartMonth, today, out _))
                {
                    return TargetReading.Refused(TargetProblem.QuarterStart);
                }
            }
        }

        return refusal with { Problem = sawAmount ? TargetProblem.Period : TargetProblem.Amount };
    }

    [GeneratedRegex(@"^(?:fy)?(?:[0-9]{4}-?)?q[1-4](?:[0-9]{4})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex QuarterLike();
}
