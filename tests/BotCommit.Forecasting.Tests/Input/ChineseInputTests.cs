using System.Globalization;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Input;

/// <summary>
/// Every form of glossary-zh.md "Forms people type", in simplified and traditional characters, half- and full-width;
/// and the ambiguous forms that must be refused with a reason instead of guessed.
/// </summary>
public sealed class ChineseInputTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Simplified = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    // Wednesday 2 December 2026.
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("周一", DayOfWeek.Monday)]
    [InlineData("星期一", DayOfWeek.Monday)]
    [InlineData("礼拜一", DayOfWeek.Monday)]
    [InlineData("週一", DayOfWeek.Monday)]
    [InlineData("禮拜一", DayOfWeek.Monday)]
    [InlineData("周二", DayOfWeek.Tuesday)]
    [InlineData("星期三", DayOfWeek.Wednesday)]
    [InlineData("週四", DayOfWeek.Thursday)]
    [InlineData("礼拜五", DayOfWeek.Friday)]
    [InlineData("周六", DayOfWeek.Saturday)]
    [InlineData("周日", DayOfWeek.Sunday)]
    [InlineData("星期日", DayOfWeek.Sunday)]
    [InlineData("星期天", DayOfWeek.Sunday)]
    [InlineData("礼拜天", DayOfWeek.Sunday)]
    [InlineData("週日", DayOfWeek.Sunday)]
    [InlineData("禮拜天", DayOfWeek.Sunday)]
    [InlineData("周1", DayOfWeek.Monday)]
    [InlineData("周7", DayOfWeek.Sunday)]
    public void Day_ChineseNames_AreReadInAnyTeamCulture(string text, DayOfWeek expected)
    {
        Assert.True(DayParser.TryParse(text, English, out var day));
        Assert.Equal(expected, day);
    }

    [Theory]
    [InlineData("周八")]
    [InlineData("星期")]
    [InlineData("周末")]
    [InlineData("周一二")]
    public void Day_NotADay_IsRefused(string text) => Assert.False(DayParser.TryParse(text, English, out _));

    [Theory]
    [InlineData("7:00", 7, 0)]
    [InlineData("07:00", 7, 0)]
    [InlineData("７：００", 7, 0)]
    [InlineData("7点", 7, 0)]
    [InlineData("7點", 7, 0)]
    [InlineData("7时", 7, 0)]
    [InlineData("七点", 7, 0)]
    [InlineData("上午7点", 7, 0)]
    [InlineData("上午7點", 7, 0)]
    [InlineData("早上7点半", 7, 30)]
    [InlineData("早上7點半", 7, 30)]
    [InlineData("早上七点半", 7, 30)]
    [InlineData("早上 7:30", 7, 30)]
    [InlineData("下午3点", 15, 0)]
    [InlineData("下午3點", 15, 0)]
    [InlineData("下午3:30", 15, 30)]
    [InlineData("下午15点", 15, 0)]
    [InlineData("下午12点", 12, 0)]
    [InlineData("晚上8点", 20, 0)]
    [InlineData("晚上8點", 20, 0)]
    [InlineData("晚上20点", 20, 0)]
    [InlineData("中午12点", 12, 0)]
    [InlineData("中午1点", 13, 0)]
    [InlineData("中午", 12, 0)]
    [InlineData("凌晨1点", 1, 0)]
    [InlineData("凌晨12点", 0, 0)]
    [InlineData("19点30分", 19, 30)]
    [InlineData("19点30", 19, 30)]
    [InlineData("7点05分", 7, 5)]
    [InlineData("7点一刻", 7, 15)]
    [InlineData("7点三刻", 7, 45)]
    [InlineData("7点整", 7, 0)]
    [InlineData("十二点", 12, 0)]
    [InlineData("二十三点", 23, 0)]
    public void TimeOfDay_ChineseForms_AreRead(string text, int hour, int minute)
    {
        Assert.True(TimeOfDayParser.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("晚上12点")] // the end of today or the start of tomorrow?
    [InlineData("上午15点")]
    [InlineData("晚上3点")]
    [InlineData("下午0点")]
    [InlineData("24点")]
    [InlineData("7点60分")]
    [InlineData("上午7pm")]
    [InlineData("七十点")]
    [InlineData("点")]
    public void TimeOfDay_ChineseFormsThatDoNotFit_AreRefused(string text) => Assert.False(TimeOfDayParser.TryParse(text, out _));

    [Theory]
    [InlineData("周一 7:00", DayOfWeek.Monday, 7, 0)]
    [InlineData("周一7:00", DayOfWeek.Monday, 7, 0)]
    [InlineData("周一 07:00", DayOfWeek.Monday, 7, 0)]
    [InlineData("周一早上7点", DayOfWeek.Monday, 7, 0)]
    [InlineData("星期一 上午7点", DayOfWeek.Monday, 7, 0)]
    [InlineData("礼拜一早上7点半", DayOfWeek.Monday, 7, 30)]
    [InlineData("週一 上午7點", DayOfWeek.Monday, 7, 0)]
    [InlineData("禮拜一早上7點半", DayOfWeek.Monday, 7, 30)]
    [InlineData("每周日下午4点", DayOfWeek.Sunday, 16, 0)]
    [InlineData("周日 16:00", DayOfWeek.Sunday, 16, 0)]
    [InlineData("星期天晚上8点", DayOfWeek.Sunday, 20, 0)]
    [InlineData("7:00 周一", DayOfWeek.Monday, 7, 0)]
    [InlineData("周一的7点", DayOfWeek.Monday, 7, 0)]
    [InlineData("周一　７：００", DayOfWeek.Monday, 7, 0)]
    [InlineData("Monday 7点", DayOfWeek.Monday, 7, 0)]
    public void WeeklyTime_ChineseDayAndTime_WithOrWithoutSpaces_AreRead(string text, DayOfWeek day, int hour, int minute)
    {
        Assert.True(WeeklyTimeParser.TryParse(text, English, out var value));
        Assert.Equal(new LocalWeeklyTime(day, new TimeOnly(hour, minute)), value);
    }

    [Theory]
    [InlineData("周一")]
    [InlineData("7点")]
    [InlineData("周一周二 7点")]
    [InlineData("周一 晚上12点")]
    [InlineData("周17:00")]
    public void WeeklyTime_ChineseMissingOrAmbiguousParts_AreRefused(string text) => Assert.False(WeeklyTimeParser.TryParse(text, English, out _));

    [Theory]
    [InlineData("2026-12-14", "2026-12-14")]
    [InlineData("2026年12月14日", "2026-12-14")]
    [InlineData("2026年12月14号", "2026-12-14")]
    [InlineData("2026年12月14號", "2026-12-14")]
    [InlineData("2026 年 12 月 14 日", "2026-12-14")]
    [InlineData("２０２６年１２月１４日", "2026-12-14")]
    [InlineData("12月14日", "2026-12-14")]
    [InlineData("12月14", "2026-12-14")]
    [InlineData("十二月十四日", "2026-12-14")]
    [InlineData("12月1日", "2027-12-01")] // the next 1 December: this year's is yesterday
    [InlineData("1月3日", "2027-01-03")]
    [InlineData("到12月14日", "2026-12-14")]
    [InlineData("到 2026-12-14", "2026-12-14")]
    [InlineData("至 14 Dec", "2026-12-14")]
    [InlineData("直到2026年12月14日为止", "2026-12-14")]
    [InlineData("2026/12/14", "2026-12-14")]
    [InlineData("2026.12.7", "2026-12-07")]
    [InlineData("2026年12月7日（周一）", "2026-12-07")]
    [InlineData("2026年12月7日(星期一)", "2026-12-07")]
    [InlineData("2026-12-07 (Mon)", "2026-12-07")]
    public void Date_ChineseAndYearFirstForms_AreRead(string text, string expected)
    {
        var reading = DateParser.Read(text, Simplified, Today);

        Assert.True(reading.IsRead, reading.Error.ToString());
        Assert.Equal(expected, reading.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12/7/2026", InputError.DateAmbiguousOrder)]
    [InlineData("7/12/2026", InputError.DateAmbiguousOrder)]
    [InlineData("12/7", InputError.DateAmbiguousOrder)]
    [InlineData("14.12.2026", InputError.DateAmbiguousOrder)]
    [InlineData("12-07-26", InputError.DateAmbiguousOrder)]
    [InlineData("2026年2月30日", InputError.DateNoSuchDay)]
    [InlineData("2月30日", InputError.DateNoSuchDay)]
    [InlineData("2026-02-30", InputError.DateNoSuchDay)]
    [InlineData("2026年12月8日（周一）", InputError.DateWeekdayMismatch)]
    [InlineData("2026年13月1日", InputError.NotUnderstood)]
    [InlineData("下周", InputError.NotUnderstood)]
    [InlineData("", InputError.Empty)]
    public void Date_AmbiguousOrImpossible_IsRefusedWithTheReason(string text, InputError error)
    {
        var reading = DateParser.Read(text, Simplified, Today);

        Assert.False(reading.IsRead);
        Assert.Equal(error, reading.Error);
    }

    [Theory]
    [InlineData("2026年12月", "2026-12")]
    [InlineData("2027年1月", "2027-01")]
    [InlineData("12月", "2026-12")]
    [InlineData("12月份", "2026-12")]
    [InlineData("十二月", "2026-12")]
    [InlineData("11月", "2027-11")] // the next November
    [InlineData("本月", "2026-12")]
    [InlineData("这个月", "2026-12")]
    [InlineData("這個月", "2026-12")]
    [InlineData("下月", "2027-01")]
    [InlineData("下个月", "2027-01")]
    [InlineData("下個月", "2027-01")]
    [InlineData("２０２６年１２月", "2026-12")]
    public void Month_ChineseForms_AreRead(string text, string expected)
    {
        Assert.True(PeriodParser.TryParseMonth(text, English, YearMonth.Parse("2026-12"), out var month));
        Assert.Equal(expected, month.ToString());
    }

    [Theory]
    [InlineData("13月")]
    [InlineData("2026年")]
    [InlineData("上上月")]
    public void Month_NotAMonth_IsRefused(string text) => Assert.False(PeriodParser.TryParseMonth(text, English, YearMonth.Parse("2026-12"), out _));

    [Theory]
    [InlineData("2026年第四季度", 1, "2026-10")]
    [InlineData("2026年第4季度", 1, "2026-10")]
    [InlineData("2026年第四季", 1, "2026-10")]
    [InlineData("2026財年第四季", 1, "2026-10")]
    [InlineData("2026财年第四季度", 1, "2026-10")]
    [InlineData("2026年度第四季度", 1, "2026-10")]
    [InlineData("第四季度", 1, "2026-10")]
    [InlineData("四季度", 1, "2026-10")]
    [InlineData("第一季度", 1, "2027-01")] // Q1 of this fiscal year is over: the next one
    [InlineData("Q4", 1, "2026-10")]
    [InlineData("Ｑ４", 1, "2026-10")]
    [InlineData("2026年Q4", 1, "2026-10")]
    [InlineData("本季度", 1, "2026-10")]
    [InlineData("本季", 1, "2026-10")]
    [InlineData("这个季度", 1, "2026-10")]
    [InlineData("這個季度", 1, "2026-10")]
    [InlineData("下季度", 1, "2027-01")]
    [InlineData("下季", 1, "2027-01")]
    [InlineData("下个季度", 1, "2027-01")]
    [InlineData("下個季度", 1, "2027-01")]
    [InlineData("2026年10月", 1, "2026-10")]
    [InlineData("2027年第一季度", 7, "2026-07")] // fiscal years are named by the year they end in, as "Q1 2027"
    [InlineData("本季度", 7, "2026-10")]
    public void Quarter_ChineseForms_FollowTheFiscalYear(string text, int fiscalStart, string firstMonth)
    {
        Assert.True(PeriodParser.TryParseQuarter(text, English, fiscalStart, Today, out var quarter));
        Assert.Equal(firstMonth, quarter.Key);
    }

    [Theory]
    [InlineData("第五季度")]
    [InlineData("2026年11月")]
    [InlineData("季度")]
    public void Quarter_ChineseNotAQuarter_IsRefused(string text) => Assert.False(PeriodParser.TryParseQuarter(text, English, 1, Today, out _));

    [Theory]
    [InlineData("2026年第52周 圣诞节", "2026-W52", "圣诞节")]
    [InlineData("2026年第52周圣诞节", "2026-W52", "圣诞节")]
    [InlineData("第52週 聖誕節", "2026-W52", "聖誕節")]
    [InlineData("第2周 元旦", "2027-W02", "元旦")]
    [InlineData("本周", "2026-W49", "")]
    [InlineData("这周 团建", "2026-W49", "团建")]
    [InlineData("下周团建", "2026-W50", "团建")]
    [InlineData("下週 團建", "2026-W50", "團建")]
    [InlineData("上周", "2026-W48", "")]
    [InlineData("下个星期 出差", "2026-W50", "出差")]
    [InlineData("２０２６年第５２周：圣诞节，元旦", "2026-W52", "圣诞节，元旦")] // the reason keeps its own punctuation
    public void Week_ChineseAtTheStart_IsReadAndTheRestReturned(string text, string week, string rest)
    {
        Assert.True(WeekParser.TryParseLeading(text, ForecastWeek.Parse("2026-W49"), out var parsed, out var remainder));
        Assert.Equal((week, rest), (parsed.ToString(), remainder));
    }

    [Theory]
    [InlineData("下周一")] // next Monday is a day, not a week
    [InlineData("陪产假")]
    [InlineData("第99周")]
    public void Week_ChineseNotAWeek_IsRefused(string text) => Assert.False(WeekParser.TryParseLeading(text, ForecastWeek.Parse("2026-W49"), out _, out _));

    [Theory]
    [InlineData("1200000", 1_200_000)]
    [InlineData("1,200,000", 1_200_000)]
    [InlineData("120万", 1_200_000)]
    [InlineData("120萬", 1_200_000)]
    [InlineData("1.2亿", 120_000_000)]
    [InlineData("1.2億", 120_000_000)]
    [InlineData("¥1,200,000", 1_200_000)]
    [InlineData("￥1,200,000", 1_200_000)]
    [InlineData("120万元", 1_200_000)]
    [InlineData("120萬元", 1_200_000)]
    [InlineData("NT$1,200,000", 1_200_000)]
    [InlineData("NT$ 120萬", 1_200_000)]
    [InlineData("１２０万", 1_200_000)]
    [InlineData("１，２００，０００", 1_200_000)]
    [InlineData("１２０万元", 1_200_000)]
    [InlineData("3千万", 30_000_000)]
    [InlineData("3千萬", 30_000_000)]
    [InlineData("5千", 5_000)]
    [InlineData("120万5千", 1_205_000)]
    [InlineData("1亿2000万", 120_000_000)]
    [InlineData("1,200万", 12_000_000)]
    [InlineData("12.5万", 125_000)]
    [InlineData("RMB 120万", 1_200_000)]
    [InlineData("120万RMB", 1_200_000)]
    [InlineData("人民币120万元", 1_200_000)]
    [InlineData("120万人民币", 1_200_000)]
    [InlineData("新台幣120萬", 1_200_000)]
    [InlineData("1200000元", 1_200_000)]
    [InlineData("12 000", 12_000)]
    [InlineData("0.5万", 5_000)]
    public void Amount_ChineseForms_AreRead(string text, decimal expected)
    {
        var reading = AmountParser.Read(text);

        Assert.True(reading.IsRead, reading.Error.ToString());
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("1.200.000", InputError.AmountAmbiguous)]
    [InlineData("1.000,00", InputError.AmountAmbiguous)]
    [InlineData("1,5m", InputError.AmountAmbiguous)]
    [InlineData("1,5万", InputError.AmountAmbiguous)]
    [InlineData("12,00", InputError.AmountAmbiguous)]
    [InlineData("1.500", InputError.AmountAmbiguous)] // 1.5, or 1500 with a thousands dot?
    [InlineData("0.125", InputError.AmountTooManyDecimals)]
    [InlineData("1.2345678万", InputError.AmountTooManyDecimals)]
    [InlineData("-5", InputError.AmountNegative)]
    [InlineData("-120万", InputError.AmountNegative)]
    [InlineData("99999999999999999999999", InputError.AmountTooLarge)]
    [InlineData("2000万1亿", InputError.NotUnderstood)] // units must fall
    [InlineData("万", InputError.NotUnderstood)]
    [InlineData("一百二十万", InputError.NotUnderstood)]
    [InlineData("12abc", InputError.NotUnderstood)]
    [InlineData("1 2", InputError.NotUnderstood)]
    [InlineData("", InputError.Empty)]
    [InlineData("　", InputError.Empty)]
    public void Amount_AmbiguousOrInvalid_IsRefusedWithTheReason(string text, InputError error)
    {
        var reading = AmountParser.Read(text);

        Assert.False(reading.IsRead);
        Assert.Equal(error, reading.Error);
    }

    [Fact]
    public void Amount_ASingleThousandsComma_IsAmbiguousOnlyForADecimalCommaCulture()
    {
        Assert.Equal(1_500m, AmountParser.Read("1,500", Simplified).Value);
        Assert.Equal(InputError.AmountAmbiguous, AmountParser.Read("1,500", German).Error);
        Assert.Equal(1_500_000m, AmountParser.Read("1,500,000", German).Value);
    }

    [Fact]
    public void Amount_Scaled_HasNoTrailingZeros()
    {
        Assert.Equal("1200000", AmountParser.Read("1.2m").Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1205000", AmountParser.Read("120.5万").Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("125000.50", AmountParser.Read("125000.50").Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("7月", 7)]
    [InlineData("七月", 7)]
    [InlineData("十二月", 12)]
    [InlineData("7月份", 7)]
    [InlineData("７", 7)]
    public void FiscalMonth_ChineseForms_AreRead(string text, int expected)
    {
        Assert.True(MonthNameParser.TryParse(text, English, out var month));
        Assert.Equal(expected, month);
    }

    [Theory]
    [InlineData("人民币", "CNY")]
    [InlineData("RMB", "CNY")]
    [InlineData("新台幣", "TWD")]
    [InlineData("新台币", "TWD")]
    [InlineData("港幣", "HKD")]
    [InlineData("美元", "USD")]
    [InlineData("ＣＮＹ", "CNY")]
    public void Currency_ChineseNames_GiveTheIsoCode(string text, string expected)
    {
        Assert.True(CurrencyParser.TryParse(text, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("１２０万，：", "120万,:")]
    [InlineData("Ｑ４　２０２６", "Q4 2026")]
    [InlineData("１。５亿、２", "1.5亿,2")]
    [InlineData("￥", "¥")]
    [InlineData("plain", "plain")]
    public void Normalize_FullWidthForms_BecomeAscii(string text, string expected)
    {
        var normalized = InputText.Normalize(text);

        Assert.Equal(expected, normalized);
        Assert.Equal(text.Length, normalized.Length); // one for one: positions agree with what was typed
    }

    [Theory]
    [InlineData("七", 7)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("两", 2)]
    [InlineData("〇", 0)]
    [InlineData("12", 12)]
    public void ChineseNumerals_SmallNumbers_AreRead(string text, int expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("十十")]
    [InlineData("零十")]
    [InlineData("一二")]
    [InlineData("百")]
    [InlineData("")]
    public void ChineseNumerals_Malformed_AreRefused(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));
}
