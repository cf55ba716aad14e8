using System.Globalization;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Periods;

public class LocalTimeResolverTests
{
    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-08", "02:30", "2026-03-08T10:30:00Z")] // gap 02:00->03:00: 02:30 PST does not exist, becomes 03:30 PDT
    [InlineData("America/Los_Angeles", "2026-11-01", "01:30", "2026-11-01T08:30:00Z")] // 01:30 happens twice: first (PDT, -7)
    [InlineData("America/Los_Angeles", "2026-11-02", "07:00", "2026-11-02T15:00:00Z")] // plain PST
    [InlineData("Pacific/Auckland", "2026-09-27", "02:30", "2026-09-26T14:30:00Z")] // gap 02:00->03:00 NZ: 03:30 NZDT (+13)
    [InlineData("Pacific/Auckland", "2026-04-05", "02:30", "2026-04-04T13:30:00Z")] // 02:30 happens twice: first (NZDT, +13)
    [InlineData("Pacific/Auckland", "2026-04-06", "07:00", "2026-04-05T19:00:00Z")] // plain NZST (+12)
    public void ToInstant_LocalTime_AppliesDstRule(string zone, string date, string time, string expected)
    {
        var instant = LocalTimeResolver.ToInstant(
            Given.Date(date),
            TimeOnly.Parse(time, CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void InstantIn_DefaultDeadline_IsMondaySevenInTeamZone()
    {
        var deadline = WeeklySchedule.Default.Deadline.InstantIn(
            ForecastWeek.Parse("2026-W49"),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal(DateTimeOffset.Parse("2026-11-30T06:00:00Z", CultureInfo.InvariantCulture), deadline);
    }
}
