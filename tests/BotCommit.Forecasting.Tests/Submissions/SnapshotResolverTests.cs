using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.Tests.Submissions;

public partial class SnapshotResolverTests
{
    private static readonly ForecastWeek W47 = ForecastWeek.Parse("2026-W47");

    [Fact]
    public void Resolve_OwnSubmission_IsTheSnapshot()
    {
        var own = Given.Snapshot(W47, "a Commit 100 2026-11-20");

        var snapshot = SnapshotResolver.Resolve(own, Given.Snapshot(W47.Previous, "b Commit 5 2026-11-20"), W47, 1);

        Assert.Same(own, snapshot);
    }

    [Fact]
    public void Resolve_NoSubmission_CarriesLatestEarlierForward()
    {
        var earlier = Given.Snapshot(ForecastWeek.Parse("2026-W44"), "a Commit 100 2026-11-20; b Pipeline 10 2026-09-01") with { Late = true, RepName = "Ann" };

        var snapshot = SnapshotResolver.Resolve(null, earlier, W47, 1);

        Assert.NotNull(snapshot);
        Assert.Equal(W47, snapshot.Week);
        Assert.Equal(SubmissionStatus.CarriedForward, snapshot.Status);
        Assert.Null(snapshot.SubmittedAt);
        Assert.False(snapshot.Late);
        Assert.Equal("Ann", snapshot.RepName);
        Assert.Equal(earlier.Deals, snapshot.Deals); // open deals are kept, even overdue ones
    }

    [Theory]
    [InlineData(1, "2026-W45", "a Won 1 2026-09-30; b Won 2 2026-10-01; c Lost 3 2026-09-15; d Lost 4 2026-12-31; e Upside 5 2026-09-01", "b d e")] // Q4 = Oct..Dec
    [InlineData(8, "2026-W45", "a Won 1 2026-10-30; b Won 2 2026-11-01; c Lost 3 2027-02-01; d Won 4 2027-01-31", "a b d")] // FY from August: Q2 = Nov..Jan; a closed in the week before M
    [InlineData(1, "2026-W45", "a Won 1 2026-10-30", "a")] // same deal, calendar quarter: kept
    [InlineData(1, "2027-W01", "a Won 1 2026-12-31; b Commit 2 2026-12-31; c Won 3 2026-12-27", "a b")] // new quarter: a closed in M-7..M-1 stays, c (before) drops
    public void Resolve_NoSubmission_DropsWonAndLostOutsideTheQuarter(int fiscalStart, string week, string deals, string kept)
    {
        var target = ForecastWeek.Parse(week);
        var earlier = Given.Snapshot(target.Previous.Previous, deals);

        var snapshot = SnapshotResolver.Resolve(null, earlier, target, fiscalStart);

        Assert.Equal(kept, string.Join(' ', snapshot!.Deals.Select(d => d.Id.Value)));
    }

    [Theory]
    [InlineData(1, "2027-W01", "w1 Won 100 2026-12-28; w2 Won 200 2027-01-03; l1 Lost 50 2026-12-30; x1 Won 70 2026-12-27", "w1 w2 l1")] // FY from January: Q1 starts 01-01, M = 01-04, M-7..M-1 = 12-28..01-03
    [InlineData(7, "2026-W41", "w1 Won 100 2026-09-28; w2 Won 200 2026-10-04; x1 Won 70 2026-09-27; x2 Lost 30 2026-09-01", "w1 w2")] // FY from July: Q2 starts 10-01, M = 10-05, M-7..M-1 = 09-28..10-04
    public void Resolve_FirstWeekOfAFiscalQuarter_KeepsLastWeeksBookingsOfTheOldQuarter(int fiscalStart, string week, string deals, string kept)
    {
        var target = ForecastWeek.Parse(week);
        var earlier = Given.Snapshot(target.Previous, deals);

        var snapshot = SnapshotResolver.Resolve(null, earlier, target, fiscalStart);

        Assert.Equal(kept, string.Join(' ', snapshot!.Deals.Select(d => d.Id.Value)));
        Assert.Equal(kept.Split(' '), PrepareCheckInDeals(deals, target, fiscalStart));
    }

    private static string[] PrepareCheckInDeals(string deals, ForecastWeek week, int fiscalStart) =>
        [.. BotCommit.Forecasting.CheckIn.PrepareCheckIn.CardDeals(Given.Deals(deals), week, fiscalStart).Select(d => d.Id.Value)];

    [Fact]
    public void Resolve_NothingAtAll_IsNull()
    {
        Assert.Null(SnapshotResolver.Resolve(null, null, W47, 1));
    }

    [Fact]
    public void Resolve_SkippedWithoutDeals_KeepsSkipAndTakesCarriedDeals()
    {
        var skipped = Given.Snapshot(W47, "", status: SubmissionStatus.Skipped) with { SkipReason = "Holiday" };
        var earlier = Given.Snapshot(W47.Previous, "a Commit 100 2026-11-20; b Won 5 2026-09-01");

        var snapshot = SnapshotResolver.Resolve(skipped, earlier, W47, 1);

        Assert.Equal(SubmissionStatus.Skipped, snapshot!.Status);
        Assert.Equal("Holiday", snapshot.SkipReason);
        Assert.Equal(["a"], snapshot.Deals.Select(d => d.Id.Value));
    }

    [Theory]
    [InlineData("2026-W47")] // same week is not earlier
    [InlineData("2026-W48")]
    public void Resolve_EarlierSnapshotNotBefore_Throws(string earlierWeek)
    {
        var earlier = Given.Snapshot(ForecastWeek.Parse(earlierWeek), "");

        Assert.Throws<ArgumentException>(() => SnapshotResolver.Resolve(null, earlier, W47, 1));
    }
}
