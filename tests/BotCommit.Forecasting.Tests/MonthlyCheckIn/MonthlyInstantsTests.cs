using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.MonthlyCheckIn;

public sealed class MonthlyInstantsTests
{
    // Asia/Shanghai (UTC+8), default schedule: January 2027's review is due Monday 2027-01-04 08:00 local = 00:00 UTC.
    [Theory]
    [InlineData("2027-01-04T00:00:00Z", "2027-01")] // at the review's time
    [InlineData("2027-01-03T23:59:59Z", "2026-12")] // a second before it
    [InlineData("2026-12-31T17:00:00Z", "2026-12")] // already 1 January in Shanghai, review not due yet
    [InlineData("2027-01-31T20:00:00Z", "2027-01")] // 1 February 04:00 in Shanghai: February's review (Mon 1 Feb 08:00) not yet
    [InlineData("2027-02-01T00:00:00Z", "2027-02")]
    public void LatestDueReview_BeforeAndAfterTheReviewTime_IsTheRightMonth(string now, string expected)
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "Asia/Shanghai" };

        var month = MonthlyInstants.LatestDueReview(team, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, month.ToString());
    }
}
