using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;

namespace BotCommit.Forecasting.Tests.UseCases;

public sealed class ComposeWeeklySummaryTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryRosterStore _roster = new();
    private readonly InMemorySubmissionStore _submissions = new();

    [Fact]
    public async Task ComposeAsync_AccuracyHistory_UsesTheCarriedSnapshotOfASilentWeek_AsTheSummaryDid()
    {
        // 2026-W47. Cy committed c1 100 closing 2026-11-04 (in W45) and then went silent: W46 and W47 are carried from
        // W45, so W46's snapshot of record holds c1 still as a Commit, not Won: W45's actual is 0 and its attainment 0 %.
        // Measuring only stored snapshots would skip W45 (no W46 row) and show no history at all.
        var week = Given.Week("2026-W47");
        await _roster.SaveAsync(Given.Rep("cy"), null, None);
        await _submissions.SaveAsync(Given.Snapshot(Given.Week("2026-W45"), "c1 Commit 100 2026-11-04", RepId.From("cy")), null, None);

        var composition = await new ComposeWeeklySummary(_roster, _submissions).ComposeAsync(Given.Settings(), week, late: false, None);

        var point = Assert.Single(composition.Accuracy[RepId.From("cy")].Last4.Points);
        Assert.Equal((Given.Week("2026-W45"), 100m, 0m), (point.Week, point.Commit, point.Actual));
        Assert.True(composition.Summary.Reps.Single().Carried);
    }

    [Fact]
    public async Task ComposeAsync_ARevisionAfterTheDeadline_ChangesNeitherTheFiguresNorTheAccuracy()
    {
        // Ann committed a1 100 for W46 (closing 2026-11-11) on time; on Friday she moved it to Upside (a revision).
        // W47's "last week commit" is still 100 and W46 is measured against it.
        var week = Given.Week("2026-W47");
        await _roster.SaveAsync(Given.Rep("ann"), null, None);
        await _submissions.SaveAsync(Given.Snapshot(week.Previous, "a1 Commit 100 2026-11-11", RepId.From("ann")), null, None);
        await _submissions.AddRevisionAsync(
            Given.Snapshot(week.Previous, "a1 Upside 100 2026-11-11", RepId.From("ann"), submittedAt: new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero)) with { Late = true },
            None);
        await _submissions.SaveAsync(Given.Snapshot(week, "a1 Lost 100 2026-11-11", RepId.From("ann")), null, None);

        var composition = await new ComposeWeeklySummary(_roster, _submissions).ComposeAsync(Given.Settings(), week, late: false, None);

        Assert.Equal(100m, composition.Summary.Reps.Single().Figures.LastWeekCommit);
        Assert.Equal(0m, composition.Summary.Reps.Single().Figures.Attainment);
        var point = Assert.Single(composition.Accuracy[RepId.From("ann")].Last4.Points);
        Assert.Equal((100m, 0m), (point.Commit, point.Actual));
    }
}
