using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Pipeline;

public class RepSnapshotHistoryTests
{
    private static readonly ForecastWeek W47 = ForecastWeek.Parse("2026-W47");

    [Fact]
    public void New_AnyOrder_SortsOldestFirst()
    {
        var history = new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47, ""), Given.Snapshot(W47.Previous.Previous, ""), Given.Snapshot(W47.Previous, "")]);

        Assert.Equal([W47.Previous.Previous, W47.Previous, W47], history.Snapshots.Select(s => s.Week));
    }

    [Fact]
    public void BackFrom_Gap_StopsAtIt()
    {
        var history = new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47.Previous.Previous.Previous, ""), Given.Snapshot(W47.Previous, ""), Given.Snapshot(W47, ""), Given.Snapshot(W47.Next, "")]);

        Assert.Equal([W47, W47.Previous], history.BackFrom(W47).Select(s => s.Week));
        Assert.Empty(history.BackFrom(W47.Previous.Previous));
    }

    [Fact]
    public void New_TwoSnapshotsOfAWeekOrAnotherRep_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47, ""), Given.Snapshot(W47, "")]));
        Assert.Throws<ArgumentException>(() => new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47, "", RepId.From("other"))]));
    }
}
