using BotCommit.Forecasting.Metrics;

namespace BotCommit.Forecasting.Tests.Metrics;

/// <summary>
/// Rows use 2026-W47 (S = Sun 11-22, month end 11-30) unless a row names 2026-W49 (M = 11-30 = month end, S = 12-06).
/// Expected movements are written "deal Kind from to delta", only those of the kind under test.
/// </summary>
public partial class DealMovementCalculatorTests
{
    [Theory]
    [InlineData("upside promoted", "a Upside 100 2026-11-20", "a Commit 100 2026-11-20", "a NewInCommit Upside Commit 100")]
    [InlineData("new deal straight to commit", "", "a Commit 80 2026-11-20", "a NewInCommit new Commit 80")]
    [InlineData("commit stays commit", "a Commit 100 2026-11-20", "a Commit 120 2026-11-21", "")]
    [InlineData("lost revived as commit", "a Lost 50 2026-11-20", "a Commit 50 2026-11-25", "a NewInCommit Lost Commit 50")]
    public void Compare_NewInCommit_IsCommitNowButNotBefore(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.NewInCommit, row, "2026-W47", previous, current, expected);
    }

    [Theory]
    [InlineData("to upside", "a Commit 100 2026-11-20", "a Upside 100 2026-11-20", "a DroppedFromCommit Commit Upside -100")]
    [InlineData("to pipeline", "a Commit 100 2026-11-20", "a Pipeline 90 2026-12-20", "a DroppedFromCommit Commit Pipeline -100")] // delta is what left the commit
    [InlineData("to lost", "a Commit 100 2026-11-20", "a Lost 100 2026-11-20", "a DroppedFromCommit Commit Lost -100")]
    [InlineData("removed from the snapshot", "a Commit 100 2026-11-20", "", "a DroppedFromCommit Commit removed -100")]
    [InlineData("to won is not a drop", "a Commit 100 2026-11-20", "a Won 100 2026-11-20", "")]
    [InlineData("upside removed is not a drop", "a Upside 100 2026-11-20", "", "")]
    public void Compare_DroppedFromCommit_IsCommitBeforeButUpsidePipelineLostOrGoneNow(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.DroppedFromCommit, row, "2026-W47", previous, current, expected);
    }

    [Theory]
    [InlineData("2026-W47", "out of W", "a Commit 100 2026-11-20", "a Commit 100 2026-11-25", "a Slipped 2026-11-20 2026-11-25 -100")]
    [InlineData("2026-W47", "out of the month", "a Upside 70 2026-11-25", "a Upside 70 2026-12-02", "a Slipped 2026-11-25 2026-12-02 -70")]
    [InlineData("2026-W47", "overdue pushed past W", "a Commit 100 2026-11-13", "a Commit 100 2026-11-24", "a Slipped 2026-11-13 2026-11-24 -100")]
    [InlineData("2026-W47", "later within W", "a Commit 100 2026-11-17", "a Commit 100 2026-11-21", "")]
    [InlineData("2026-W47", "later, both beyond the month", "a Pipeline 100 2026-12-05", "a Pipeline 100 2026-12-20", "")]
    [InlineData("2026-W47", "closed deals do not slip", "a Commit 100 2026-11-20", "a Won 100 2026-11-28", "")]
    [InlineData("2026-W49", "out of the month, still in W", "a Commit 100 2026-11-30", "a Commit 100 2026-12-02", "a Slipped 2026-11-30 2026-12-02 -100")]
    public void Compare_Slipped_IsCloseDateMovedOutOfWeekOrMonth(string week, string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.Slipped, row, week, previous, current, expected);
    }

    [Theory]
    [InlineData("2026-W47", "into W from next month", "a Commit 100 2026-12-10", "a Commit 120 2026-11-20", "a PulledIn 2026-12-10 2026-11-20 120")] // delta is the new amount
    [InlineData("2026-W47", "into W from next week", "a Upside 50 2026-11-25", "a Upside 50 2026-11-21", "a PulledIn 2026-11-25 2026-11-21 50")]
    [InlineData("2026-W47", "earlier, still beyond the month", "a Pipeline 100 2026-12-20", "a Pipeline 100 2026-12-05", "")]
    [InlineData("2026-W47", "earlier within W", "a Commit 100 2026-11-21", "a Commit 100 2026-11-17", "")]
    [InlineData("2026-W49", "into the month from W's December days", "a Commit 100 2026-12-03", "a Commit 100 2026-11-30", "a PulledIn 2026-12-03 2026-11-30 100")]
    public void Compare_PulledIn_IsCloseDateMovedIntoWeekOrMonth(string week, string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.PulledIn, row, week, previous, current, expected);
    }

    [Theory]
    [InlineData("up", "a Commit 100 2026-11-20", "a Commit 150 2026-11-20", "a AmountUp 100 150 50")]
    [InlineData("same amount, other scale", "a Commit 100.00 2026-11-20", "a Commit 100.10 2026-11-20", "a AmountUp 100 100.1 0.10")]
    [InlineData("up on winning", "a Upside 100 2026-11-20", "a Won 120 2026-11-20", "a AmountUp 100 120 20")]
    [InlineData("down is not up", "a Commit 100 2026-11-20", "a Commit 60.50 2026-11-20", "")]
    [InlineData("lost amount is no change", "a Commit 100 2026-11-20", "a Lost 300 2026-11-20", "")]
    public void Compare_AmountUp_IsHigherAmountOnALiveDeal(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.AmountUp, row, "2026-W47", previous, current, expected);
    }

    [Theory]
    [InlineData("down", "a Commit 100 2026-11-20", "a Commit 60.50 2026-11-20", "a AmountDown 100 60.5 -39.50")] // from/to text drops trailing zeros
    [InlineData("to zero", "a Pipeline 10 2026-12-20", "a Pipeline 0 2026-12-20", "a AmountDown 10 0 -10")]
    [InlineData("unchanged", "a Pipeline 10 2026-12-20", "a Pipeline 10.00 2026-12-20", "")]
    [InlineData("new deal has no amount change", "", "a Pipeline 10 2026-12-20", "")]
    public void Compare_AmountDown_IsLowerAmountOnALiveDeal(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.AmountDown, row, "2026-W47", previous, current, expected);
    }

    [Theory]
    [InlineData("commit won", "a Commit 100 2026-11-20", "a Won 100 2026-11-18", "a Won Commit Won 100")]
    [InlineData("new deal won", "", "a Won 50 2026-11-17", "a Won new Won 50")]
    [InlineData("already won", "a Won 50 2026-11-10", "a Won 50 2026-11-10", "")]
    public void Compare_Won_IsWonNowButNotBefore(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.Won, row, "2026-W47", previous, current, expected);
    }

    [Theory]
    [InlineData("upside lost", "a Upside 70 2026-11-20", "a Lost 70 2026-11-20", "a Lost Upside Lost -70")]
    [InlineData("commit lost", "a Commit 100 2026-11-20", "a Lost 100 2026-11-20", "a Lost Commit Lost -100")]
    [InlineData("already lost", "a Lost 70 2026-11-10", "a Lost 70 2026-11-10", "")]
    public void Compare_Lost_IsLostNowButNotBefore(string row, string previous, string current, string expected)
    {
        AssertMovements(MovementKind.Lost, row, "2026-W47", previous, current, expected);
    }

    [Fact]
    public void Compare_SeveralMovements_OrderedByAbsoluteDeltaThenDealId()
    {
        const string previous = "a Commit 100 2026-11-20; b Upside 300 2026-11-20; c Commit 50 2026-11-20; d Pipeline 100 2026-12-20";
        const string current = "a Lost 100 2026-11-20; b Commit 300 2026-11-20; c Commit 80 2026-11-20; d Pipeline 100 2026-12-20; e Upside 5 2026-11-20";
        var week = Given.Week("2026-W47");

        var movements = DealMovementCalculator.Compare(Given.Snapshot(week.Previous, previous), Given.Snapshot(week, current));

        Assert.Equal(
            ["b NewInCommit 300", "a DroppedFromCommit -100", "a Lost -100", "c AmountUp 30"],
            movements.Select(m => $"{m.Deal} {m.Kind} {m.AmountDelta.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void Compare_MissingSnapshot_HasNoMovements()
    {
        var week = Given.Week("2026-W47");

        var movements = DealMovementCalculator.Compare(null, Given.Snapshot(week, "a Commit 100 2026-11-20"));

        Assert.Empty(movements);
    }

    private static void AssertMovements(MovementKind kind, string row, string week, string previous, string current, string expected)
    {
        var w = Given.Week(week);

        var movements = DealMovementCalculator.Compare(Given.Snapshot(w.Previous, previous), Given.Snapshot(w, current));

        var actual = string.Join("; ", movements
            .Where(m => m.Kind == kind)
            .Select(m => $"{m.Deal} {m.Kind} {m.From} {m.To} {m.AmountDelta.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.True(expected == actual, $"{row}: expected '{expected}', got '{actual}'");
        Assert.All(movements, m => Assert.Equal(Given.RepA, m.Rep));
    }
}
