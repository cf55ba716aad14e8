using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Teams;

public class IdentifierTests
{
    [Theory]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("19:abc@thread.tacv2", true)]
    public void TeamIdFrom_Value_ValidatesBlank(string value, bool valid)
    {
        if (valid)
        {
            Assert.Equal(value, TeamId.From(value).ToString());
        }
        else
        {
            Assert.Throws<ArgumentException>(() => TeamId.From(value));
        }
    }

    [Theory]
    [InlineData(256, 128, true)]
    [InlineData(257, 128, false)]
    [InlineData(256, 129, false)]
    public void From_Length_IsLimited(int teamLength, int repLength, bool valid)
    {
        void Build()
        {
            _ = TeamId.From(new string('t', teamLength));
            _ = RepId.From(new string('r', repLength));
        }

        if (valid)
        {
            Build();
            Assert.Equal(repLength, RepId.From(new string('r', repLength)).Value.Length);
        }
        else
        {
            Assert.Throws<ArgumentException>(Build);
        }
    }

    [Fact]
    public void TeamSettings_Defaults_MatchTheContract()
    {
        var settings = new TeamSettings(TeamId.From("t"));

        Assert.Equal("UTC", settings.TimeZoneId);
        Assert.Equal(1, settings.FiscalYearStartMonth);
        Assert.Equal("USD", settings.Currency);
        Assert.Equal("en-US", settings.Culture);
        Assert.Equal(1_000_000_000m, settings.AmountCeiling);
        Assert.Same(WeeklySchedule.Default, settings.Schedule);
        Assert.Equal(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(7, 0)), settings.Schedule.Deadline);
        Assert.Equal(2, settings.Schedule.Reminders.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void TeamSettings_FiscalStartOutOfRange_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TeamSettings(TeamId.From("t")) { FiscalYearStartMonth = month });
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("EURO")]
    [InlineData("")]
    public void TeamSettings_BadCurrency_Throws(string currency)
    {
        Assert.Throws<ArgumentException>(() => new TeamSettings(TeamId.From("t")) { Currency = currency });
    }
}
