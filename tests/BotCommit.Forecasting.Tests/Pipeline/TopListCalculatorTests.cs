using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Forecasting.Tests.Pipeline;

/// <summary>2026-W47: M = 16 Nov 2026, November, calendar Q4 ending 31 Dec.</summary>
public class TopListCalculatorTests
{
    private static readonly ForecastWeek W47 = ForecastWeek.Parse("2026-W47");

    private static readonly ReviewPeriod Period = ReviewPeriod.For(W47, 1);

    [Theory]
    [InlineData(TopListKind.BookedThisMonth, "a Won 1 2026-11-01", true)]
    [InlineData(TopListKind.BookedThisMonth, "a Won 1 2026-11-30", true)]
    [InlineData(TopListKind.BookedThisMonth, "a Won 1 2026-10-31", false)]
    [InlineData(TopListKind.BookedThisMonth, "a Commit 1 2026-11-20 s100", false)] // booked means Won
    [InlineData(TopListKind.Closing, "a Commit 1 2026-12-31 s90", true)]
    [InlineData(TopListKind.Closing, "a Upside 1 2026-11-10 s100", true)] // overdue but still open
    [InlineData(TopListKind.Closing, "a Commit 1 2027-01-01 s90", false)] // next quarter
    [InlineData(TopListKind.Closing, "a Commit 1 2026-11-20 s80", false)]
    [InlineData(TopListKind.Closing, "a Won 1 2026-11-20 s100", false)]
    [InlineData(TopListKind.BestFew, "a Pipeline 1 2027-06-01 s60", true)]
    [InlineData(TopListKind.BestFew, "a Commit 1 2026-11-20 s80", true)]
    [InlineData(TopListKind.BestFew, "a Commit 1 2026-11-20 s90", false)]
    [InlineData(TopListKind.BestFew, "a Upside 1 2026-11-20 s50", false)]
    [InlineData(TopListKind.BestFew, "a Lost 1 2026-11-20 s70", false)]
    public void IsIn_Deal_FollowsTheListsDefinition(TopListKind kind, string deal, bool member)
    {
        Assert.Equal(member, TopListCalculator.IsIn(kind, Given.Deal(deal), Period));
    }

    [Fact]
    public void Compute_MoreThanTen_KeepsTheTenLargestByDefault()
    {
        var deals = string.Join("; ", Enumerable.Range(1, 12).Select(i => $"d{i:D2} Pipeline {i * 10} 2027-01-01 s70"));
        var history = new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47, deals)]);

        var lists = TopListCalculator.Compute(W47, 1, [history]);

        Assert.Equal(TopListCalculator.DefaultSize, lists.BestFew.Count);
        Assert.Equal("d12", lists.BestFew[0].Deal.Value);
        Assert.Equal("d03", lists.BestFew[^1].Deal.Value);
        Assert.Empty(lists.BookedThisMonth);
        Assert.Same(lists.BestFew, lists[TopListKind.BestFew]);
    }

    [Fact]
    public void Compute_EqualAmountsAndDates_OrdersByRepThenDealId()
    {
        var b = new RepSnapshotHistory(Given.Rep("b").Id, "B", [Given.Snapshot(W47, "x Pipeline 5 2027-01-01 s60; a Pipeline 5 2027-01-01 s60", Given.Rep("b").Id)]);
        var a = new RepSnapshotHistory(Given.Rep("a").Id, "A", [Given.Snapshot(W47, "z Pipeline 5 2027-01-01 s60; y Pipeline 5 2027-01-01 s60", Given.Rep("a").Id)]);

        var lists = TopListCalculator.Compute(W47, 1, [b, a]);

        Assert.Equal(["a/y", "a/z", "b/a", "b/x"], lists.BestFew.Select(d => $"{d.Rep}/{d.Deal}"));
    }

    [Fact]
    public void Compute_WeeksInList_EachWeekJudgedByItsOwnMonthAndQuarter()
    {
        // Closing in W40 (Mon 28 Sep, Q3) would need a close date by 30 Sep: the 15 Oct deal joins the list in W41 (Q4).
        var history = new RepSnapshotHistory(Given.RepA, "A", [
            Given.Snapshot(ForecastWeek.Parse("2026-W40"), "a Commit 9 2026-10-15 s90"),
            Given.Snapshot(ForecastWeek.Parse("2026-W41"), "a Commit 9 2026-10-15 s90"),
            Given.Snapshot(ForecastWeek.Parse("2026-W42"), "a Commit 9 2026-10-15 s90"),
        ]);

        var lists = TopListCalculator.Compute(ForecastWeek.Parse("2026-W42"), 1, [history]);

        Assert.Equal(2, lists.Closing.Single().WeeksInList);
    }

    [Fact]
    public void Compute_RepWithoutASnapshotForTheWeek_IsNotListed()
    {
        var history = new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47.Previous, "a Commit 9 2026-11-20 s90")]);

        Assert.Empty(TopListCalculator.Compute(W47, 1, [history]).Closing);
        Assert.Throws<ArgumentOutOfRangeException>(() => TopListCalculator.Compute(W47, 1, [history], size: 0));
    }
}
