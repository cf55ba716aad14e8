using System.Globalization;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Input;

/// <summary>The forgiving readers behind the commands: what each accepts and what it refuses.</summary>
public sealed class ParsingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData("07:00", 7, 0)]
    [InlineData("7:00", 7, 0)]
    [InlineData("7", 7, 0)]
    [InlineData("7am", 7, 0)]
    [InlineData("7 AM", 7, 0)]
    [InlineData("7:30pm", 19, 30)]
    [InlineData("7.30 p.m.", 19, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12 pm", 12, 0)]
    [InlineData("19h45", 19, 45)]
    [InlineData("0700", 7, 0)]
    [InlineData("noon", 12, 0)]
    [InlineData("midnight", 0, 0)]
    public void TimeOfDay_CommonForms_AreRead(string text, int hour, int minute)
    {
        Assert.True(TimeOfDayParser.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("7:60")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("seven")]
    [InlineData("")]
    public void TimeOfDay_Nonsense_IsRefused(string text) => Assert.False(TimeOfDayParser.TryParse(text, out _));

    [Theory]
    [InlineData("Monday 07:00", DayOfWeek.Monday, 7, 0)]
    [InlineData("mon 7am", DayOfWeek.Monday, 7, 0)]
    [InlineData("7:00 on MONDAY", DayOfWeek.Monday, 7, 0)]
    [InlineData("tues at 9 pm", DayOfWeek.Tuesday, 21, 0)]
    [InlineData("Thurs, 08:15", DayOfWeek.Thursday, 8, 15)]
    [InlineData("su 16:00", DayOfWeek.Sunday, 16, 0)]
    public void WeeklyTime_DayAndTimeInEitherOrder_AreRead(string text, DayOfWeek day, int hour, int minute)
    {
        Assert.True(WeeklyTimeParser.TryParse(text, English, out var value));
        Assert.Equal(new LocalWeeklyTime(day, new TimeOnly(hour, minute)), value);
    }

    [Fact]
    public void WeeklyTime_TheTeamCulturesDayNames_AreReadToo()
    {
        Assert.True(WeeklyTimeParser.TryParse("Montag 7:00", German, out var value));
        Assert.Equal(DayOfWeek.Monday, value.Day);
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("07:00")]
    [InlineData("someday 07:00")]
    [InlineData("Monday Tuesday 07:00")]
    public void WeeklyTime_MissingOrExtraParts_AreRefused(string text) => Assert.False(WeeklyTimeParser.TryParse(text, English, out _));

    [Theory]
    [InlineData("1200000", 1_200_000)]
    [InlineData("1,200,000", 1_200_000)]
    [InlineData("1200000.50", 1_200_000.50)]
    [InlineData("1.2m", 1_200_000)]
    [InlineData("1.2 M", 1_200_000)]
    [InlineData("250k", 250_000)]
    [InlineData("2bn", 2_000_000_000)]
    [InlineData("$1.5m", 1_500_000)]
    [InlineData("1.5m USD", 1_500_000)]
    [InlineData("0", 0)]
    public void Amount_CommonForms_AreRead(string text, decimal expected)
    {
        Assert.True(AmountParser.TryParse(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("1,5m")]
    [InlineData("1.200.000")]
    [InlineData("12,00")]
    [InlineData("-5")]
    [InlineData("1.005")]
    [InlineData("1e6")]
    [InlineData("lots")]
    public void Amount_AmbiguousOrInvalid_IsRefused(string text) => Assert.False(AmountParser.TryParse(text, out _));

    [Theory]
    [InlineData("2026-12", "2026-12")]
    [InlineData("2026/12", "2026-12")]
    [InlineData("12/2026", "2026-12")]
    [InlineData("Dec 2026", "2026-12")]
    [InlineData("december 2026", "2026-12")]
    [InlineData("2027 jan", "2027-01")]
    [InlineData("nov", "2027-11")]
    [InlineData("dec", "2026-12")]
    [InlineData("this month", "2026-12")]
    [InlineData("next", "2027-01")]
    [InlineData("Dezember 2026", "2026-12")]
    public void Month_CommonForms_AreRead(string text, string expected)
    {
        Assert.True(PeriodParser.TryParseMonth(text, German, YearMonth.Parse("2026-12"), out var month));
        Assert.Equal(expected, month.ToString());
    }

    [Theory]
    [InlineData("2027-01", "2027-01")]
    [InlineData("2027年1月", "2027-01")]
    [InlineData("1月", "2027-01")]
    [InlineData("一月", "2027-01")]
    [InlineData("12月", "2026-12")] // named without its year: the latest December, not the next
    [InlineData("dec", "2026-12")]
    [InlineData("Feb", "2027-02")] // this month
    [InlineData("2027年12月", "2027-12")] // with its year: as typed (an export refuses a month not due)
    [InlineData("last month", "2027-01")]
    [InlineData("上个月", "2027-01")]
    [InlineData("上個月", "2027-01")]
    [InlineData("本月", "2027-02")]
    public void PastMonth_YearlessFormsLookBack(string text, string expected)
    {
        Assert.True(PeriodParser.TryParsePastMonth(text, English, YearMonth.Parse("2027-02"), out var month));
        Assert.Equal(expected, month.ToString());
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("13月")]
    [InlineData("someday")]
    public void PastMonth_NotAMonth_IsRefused(string text) =>
        Assert.False(PeriodParser.TryParsePastMonth(text, English, YearMonth.Parse("2027-02"), out _));

    [Theory]
    [InlineData("Q4 2026", 1, "2026-10")]
    [InlineData("2026 q4", 1, "2026-10")]
    [InlineData("2026-Q4", 1, "2026-10")]
    [InlineData("FY2026 Q4", 1, "2026-10")]
    [InlineData("q1", 1, "2027-01")]
    [InlineData("q4", 1, "2026-10")]
    [InlineData("this quarter", 1, "2026-10")]
    [InlineData("next quarter", 1, "2027-01")]
    [InlineData("2026-10", 1, "2026-10")]
    [InlineData("Q1 2027", 7, "2026-07")]
    [InlineData("Q2 2027", 7, "2026-10")]
    [InlineData("this quarter", 7, "2026-10")]
    [InlineData("Q1 2027", 4, "2026-04")]
    public void Quarter_NamesAndFirstMonths_FollowTheFiscalYear(string text, int fiscalStart, string firstMonth)
    {
        Assert.True(PeriodParser.TryParseQuarter(text, English, fiscalStart, new DateOnly(2026, 12, 2), out var quarter));
        Assert.Equal(firstMonth, quarter.Key);
    }

    [Theory]
    [InlineData("2026-11")]
    [InlineData("Q5 2026")]
    [InlineData("soon")]
    public void Quarter_NotAQuarterStart_IsRefused(string text) =>
        Assert.False(PeriodParser.TryParseQuarter(text, English, 1, new DateOnly(2026, 12, 2), out _));

    [Theory]
    [InlineData("2026-W52 Christmas", "2026-W52", "Christmas")]
    [InlineData("2026W52: Christmas", "2026-W52", "Christmas")]
    [InlineData("W52 Christmas", "2026-W52", "Christmas")]
    [InlineData("wk 2 New Year", "2027-W02", "New Year")]
    [InlineData("week 50", "2026-W50", "")]
    [InlineData("2026-12-30 Christmas", "2026-W53", "Christmas")]
    [InlineData("next week offsite", "2026-W50", "offsite")]
    [InlineData("this week", "2026-W49", "")]
    public void Week_AtTheStart_IsReadAndTheRestReturned(string text, string week, string rest)
    {
        Assert.True(WeekParser.TryParseLeading(text, ForecastWeek.Parse("2026-W49"), out var parsed, out var remainder));
        Assert.Equal((week, rest), (parsed.ToString(), remainder));
    }

    [Theory]
    [InlineData("parental leave")]
    [InlineData("2026-W99")]
    [InlineData("weekend trip")]
    [InlineData("w")]
    public void Week_NotAWeek_IsRefused(string text) => Assert.False(WeekParser.TryParseLeading(text, ForecastWeek.Parse("2026-W49"), out _, out _));

    [Theory]
    [InlineData("2026-12-14", "2026-12-14")]
    [InlineData("until 14 Dec", "2026-12-14")]
    [InlineData("Dec 14 2026", "2026-12-14")]
    [InlineData("December 14th", "2026-12-14")]
    [InlineData("till 3 jan", "2027-01-03")]
    [InlineData("1. Dezember", "2027-12-01")]
    public void Date_CommonForms_AreRead(string text, string expected)
    {
        Assert.True(DateParser.TryParse(text, German, new DateOnly(2026, 12, 2), out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12/11/2026")]
    [InlineData("31 Feb")]
    [InlineData("tomorrow-ish")]
    public void Date_AmbiguousOrInvalid_IsRefused(string text) => Assert.False(DateParser.TryParse(text, English, new DateOnly(2026, 12, 2), out _));

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("UTC", "UTC")]
    public void TimeZone_IanaOrWindowsId_GivesTheIanaId(string text, string expected)
    {
        Assert.True(TimeZoneParser.TryParse(text, out var zone));
        Assert.Equal(expected, zone);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Berlin")]
    [InlineData("")]
    public void TimeZone_Unknown_IsRefused(string text) => Assert.False(TimeZoneParser.TryParse(text, out _));

    [Theory]
    [InlineData("eur", true)]
    [InlineData("USD", true)]
    [InlineData("XYZ", false)]
    [InlineData("EURO", false)]
    public void Currency_IsoCodesOnly(string text, bool valid) => Assert.Equal(valid, CurrencyParser.TryParse(text, out _));
}
