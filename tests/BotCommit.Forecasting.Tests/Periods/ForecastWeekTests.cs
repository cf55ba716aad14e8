using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Periods;

public class ForecastWeekTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Theory]
    [InlineData("2026-11-30", "2026-W49")]
    [InlineData("2026-12-28", "2026-W53")] // 2026 starts on a Thursday, so it has 53 ISO weeks
    [InlineData("2027-01-01", "2026-W53")] // Friday of the week of Mon 2026-12-28: ISO week-year 2026
    [InlineData("2027-01-03", "2026-W53")] // Sunday still belongs to the Monday before
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2024-12-30", "2025-W01")] // Monday in December, ISO week-year 2025
    [InlineData("2021-01-03", "2020-W53")] // Sunday in January, ISO week-year 2020
    public void Containing_Date_IsNamedByIsoWeekOfItsMonday(string date, string expected)
    {
        var week = ForecastWeek.Containing(Given.Date(date));

        Assert.Equal(expected, week.ToString());
        Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
        Assert.True(week.Contains(Given.Date(date)));
    }

    [Theory]
    [InlineData("2026-W49", "2026-11-30")]
    [InlineData("2026-W53", "2026-12-28")]
    [InlineData("2027-W01", "2027-01-04")]
    [InlineData("2025-W01", "2024-12-30")]
    [InlineData("2026-W01", "2025-12-29")]
    public void Parse_IsoName_ReturnsWeekOfThatMonday(string text, string monday)
    {
        var week = ForecastWeek.Parse(text);

        Assert.Equal(Given.Date(monday), week.Monday);
        Assert.Equal(text, week.ToString());
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 ISO weeks
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    [InlineData("2026-w49")]
    [InlineData("2026W49")]
    [InlineData("2026-W4")]
    [InlineData("")]
    [InlineData(" 2026-W49")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        var parsed = ForecastWeek.TryParse(text, out _);

        Assert.False(parsed);
        Assert.Throws<FormatException>(() => ForecastWeek.Parse(text));
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-06")]
    public void FromMonday_NotAMonday_Throws(string date)
    {
        Assert.Throws<ArgumentException>(() => ForecastWeek.FromMonday(Given.Date(date)));
    }

    [Fact]
    public void PreviousAndNext_AcrossIsoYearEnd_StepOneWeek()
    {
        var week = ForecastWeek.Parse("2026-W53");

        Assert.Equal("2027-W01", week.Next.ToString());
        Assert.Equal("2026-W52", week.Previous.ToString());
        Assert.Equal(Given.Date("2027-01-03"), week.Sunday);
    }

    public static TheoryData<string, string, string, string> SubmissionInstants => new()
    {
        // zone, instant (UTC), expected week, timeline
        { "Pacific/Auckland", "2026-04-03T10:59:00Z", "2026-W14", "Fri 23:59 NZDT (+13)" },
        { "Pacific/Auckland", "2026-04-04T10:59:00Z", "2026-W14", "Sat 23:59 NZDT, last Saturday before fall-back" },
        { "Pacific/Auckland", "2026-04-04T11:00:00Z", "2026-W15", "Sun 00:00 NZDT: Sunday is for the coming Monday" },
        { "Pacific/Auckland", "2026-04-04T13:30:00Z", "2026-W15", "Sun 02:30 NZDT, first pass of the repeated hour" },
        { "Pacific/Auckland", "2026-04-04T14:30:00Z", "2026-W15", "Sun 02:30 NZST, second pass (+12 from 03:00 NZDT)" },
        { "Pacific/Auckland", "2026-04-05T11:59:00Z", "2026-W15", "Sun 23:59 NZST" },
        { "Pacific/Auckland", "2026-04-05T12:00:00Z", "2026-W15", "Mon 00:00 NZST" },
        { "Pacific/Auckland", "2026-04-11T11:30:00Z", "2026-W15", "Sat 23:30 NZST; with the old +13 it would be Sunday (W16)" },
        { "Pacific/Auckland", "2026-09-26T11:59:00Z", "2026-W39", "Sat 23:59 NZST before spring-forward; UTC says Saturday too" },
        { "Pacific/Auckland", "2026-09-26T12:00:00Z", "2026-W40", "Sun 00:00 NZST; UTC still says Saturday" },
        { "Pacific/Auckland", "2026-09-26T14:00:00Z", "2026-W40", "Sun 03:00 NZDT, the 02:00 hour skipped" },
        { "Pacific/Auckland", "2026-10-03T11:30:00Z", "2026-W41", "Sun 00:30 NZDT (+13); with +12 it would be Saturday (W40)" },
        { "America/Los_Angeles", "2026-03-08T07:59:00Z", "2026-W10", "Sat 23:59 PST (-8)" },
        { "America/Los_Angeles", "2026-03-08T08:00:00Z", "2026-W11", "Sun 00:00 PST" },
        { "America/Los_Angeles", "2026-03-08T10:00:00Z", "2026-W11", "Sun 03:00 PDT, 02:00 skipped" },
        { "America/Los_Angeles", "2026-03-09T06:59:00Z", "2026-W11", "Sun 23:59 PDT; UTC already says Monday" },
        { "America/Los_Angeles", "2026-03-15T07:30:00Z", "2026-W12", "Sun 00:30 PDT (-7); with -8 it would be Saturday (W11)" },
        { "America/Los_Angeles", "2026-11-01T06:59:00Z", "2026-W44", "Sat 23:59 PDT before fall-back" },
        { "America/Los_Angeles", "2026-11-01T07:00:00Z", "2026-W45", "Sun 00:00 PDT" },
        { "America/Los_Angeles", "2026-11-01T09:30:00Z", "2026-W45", "Sun 01:30 PST, second pass of the repeated hour" },
        { "America/Los_Angeles", "2026-11-08T07:30:00Z", "2026-W45", "Sat 23:30 PST (-8); with -7 it would be Sunday (W46)" },
        { "America/Los_Angeles", "2026-11-08T08:00:00Z", "2026-W46", "Sun 00:00 PST" },
        { "America/Los_Angeles", "2027-01-03T12:00:00Z", "2027-W01", "Sun 04:00 PST in ISO week-year 2026: the coming Monday is 2027-W01" },
        { "Pacific/Auckland", "2026-12-26T12:00:00Z", "2026-W53", "Sun 2026-12-27 01:00 NZDT; UTC says Saturday" },
    };

    [Theory]
    [MemberData(nameof(SubmissionInstants))]
    public void ForSubmissionAt_InstantInZone_UsesLocalDateAndSundayMeansComingWeek(string zone, string instant, string expected, string timeline)
    {
        var tz = zone == "Pacific/Auckland" ? Auckland : LosAngeles;

        var week = ForecastWeek.ForSubmissionAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), tz);

        Assert.True(expected == week.ToString(), $"{timeline}: expected {expected}, got {week}");
    }

    [Theory]
    [InlineData(DayOfWeek.Sunday, "2026-11-29")]
    [InlineData(DayOfWeek.Monday, "2026-11-30")]
    [InlineData(DayOfWeek.Saturday, "2026-12-05")]
    public void CycleDate_Day_RunsFromSundayBeforeToSaturdayAfter(DayOfWeek day, string expected)
    {
        var date = ForecastWeek.Parse("2026-W49").CycleDate(day);

        Assert.Equal(Given.Date(expected), date);
    }
}
