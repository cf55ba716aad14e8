using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Forecasting.Tests.Pipeline;

public class FunnelCalculatorTests
{
    private static readonly FiscalQuarter Q4 = FiscalQuarter.Containing(Given.Date("2026-11-16"), 1);

    [Theory]
    [InlineData("a Pipeline 1 2027-01-01 s0", FunnelPhase.AboveFunnel)]
    [InlineData("a Upside 1 2027-01-01 s25", FunnelPhase.AboveFunnel)]
    [InlineData("a Pipeline 1 2027-01-01 s50", FunnelPhase.InFunnel)]
    [InlineData("a Upside 1 2027-01-01 s60", FunnelPhase.BestFew)]
    [InlineData("a Commit 1 2027-01-01 s90", FunnelPhase.BestFew)]
    [InlineData("a Commit 1 2027-01-01 s100", FunnelPhase.Order)]
    [InlineData("a Won 1 2026-10-01 s50", FunnelPhase.Order)] // Won is an order whatever stage was typed
    [InlineData("a Won 1 2026-09-30 s100", null)] // the previous quarter's booking (a first week's "last week")
    [InlineData("a Lost 1 2026-11-01 s90", null)]
    public void PhaseOf_Deal_FollowsItsStage(string deal, FunnelPhase? phase)
    {
        Assert.Equal(phase, FunnelCalculator.PhaseOf(Given.Deal(deal), Q4));
    }

    [Fact]
    public void Compute_NoComparisonSnapshots_GrowthIsAbsentAndUnflagged()
    {
        var week = ForecastWeek.Parse("2026-W47");

        var funnel = FunnelCalculator.Compute(week, 1, [Given.Snapshot(week, "a Pipeline 100 2027-01-01 s50")], []);

        var inFunnel = funnel[FunnelPhase.InFunnel];
        Assert.Equal((1, 100m, 0, 0m), (inFunnel.Count, inFunnel.Amount, inFunnel.PreviousCount, inFunnel.PreviousAmount));
        Assert.Null(inFunnel.CountGrowth);
        Assert.Null(inFunnel.AmountGrowth);
        Assert.False(inFunnel.BelowExpectedGrowth);
        Assert.Equal([FunnelPhase.AboveFunnel, FunnelPhase.InFunnel, FunnelPhase.BestFew, FunnelPhase.Order], funnel.Phases.Select(p => p.Phase));
    }

    [Theory]
    [InlineData(115, 100, false)] // exactly 15 %
    [InlineData(114.99, 100, true)]
    [InlineData(0, 100, true)] // the phase emptied: −100 %
    [InlineData(100, 0, false)] // nothing to compare with
    public void BelowExpectedGrowth_Amounts_FlagsUnder15Percent(double amount, double previous, bool flagged)
    {
        var figures = new FunnelPhaseFigures(FunnelPhase.BestFew, 1, (decimal)amount, 1, (decimal)previous);

        Assert.Equal(flagged, figures.BelowExpectedGrowth);
    }

    [Fact]
    public void Compute_SnapshotsOfOtherWeeksOrTwicePerRep_Throws()
    {
        var week = ForecastWeek.Parse("2026-W47");
        var comparison = ForecastWeek.Parse("2026-W34");

        Assert.Throws<ArgumentException>(() => FunnelCalculator.Compute(week, 1, [Given.Snapshot(week.Previous, "")], []));
        Assert.Throws<ArgumentException>(() => FunnelCalculator.Compute(week, 1, [], [Given.Snapshot(comparison.Next, "")]));
        Assert.Throws<ArgumentException>(() => FunnelCalculator.Compute(week, 1, [Given.Snapshot(week, ""), Given.Snapshot(week, "")], []));
    }
}
