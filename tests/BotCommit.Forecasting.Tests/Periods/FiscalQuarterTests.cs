using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Tests.Periods;

public class FiscalQuarterTests
{
    [Theory]
    [InlineData("2026-11-16", 1, "2026-10", "2026-10-01", "2026-12-31")] // calendar Q4
    [InlineData("2026-01-01", 1, "2026-01", "2026-01-01", "2026-03-31")]
    [InlineData("2026-11-16", 8, "2026-11", "2026-11-01", "2027-01-31")] // FY from August: Q2 = Nov..Jan, across the year
    [InlineData("2027-01-31", 8, "2026-11", "2026-11-01", "2027-01-31")]
    [InlineData("2026-08-01", 8, "2026-08", "2026-08-01", "2026-10-31")] // first day of the fiscal year
    [InlineData("2026-07-31", 8, "2026-05", "2026-05-01", "2026-07-31")] // last day of the fiscal year
    [InlineData("2026-02-10", 8, "2026-02", "2026-02-01", "2026-04-30")]
    [InlineData("2026-01-15", 2, "2025-11", "2025-11-01", "2026-01-31")] // FY from February: Nov..Jan
    [InlineData("2026-12-31", 12, "2026-12", "2026-12-01", "2027-02-28")]
    public void Containing_DateAndFiscalStart_ReturnsAlignedQuarter(string date, int fiscalStart, string key, string start, string end)
    {
        var quarter = FiscalQuarter.Containing(Given.Date(date), fiscalStart);

        Assert.Equal(key, quarter.Key);
        Assert.Equal(Given.Date(start), quarter.Start);
        Assert.Equal(Given.Date(end), quarter.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Containing_FiscalStartOutOfRange_Throws(int fiscalStart)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalQuarter.Containing(Given.Date("2026-11-16"), fiscalStart));
    }
}
