using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Testing.InMemory;

namespace BotCommit.Forecasting.Tests.UseCases;

public class ComputeWeeklySummaryTests
{
    private readonly InMemoryTeamSettingsStore _settings = new();
    private readonly InMemoryRosterStore _roster = new();
    private readonly InMemorySubmissionStore _submissions = new();

    [Fact]
    public async Task ComputeAsync_StoredWeek_ResolvesSnapshotsAndDeadlineInTeamZone()
    {
        var ct = CancellationToken.None;
        var week = Given.Week("2026-W47"); // deadline Mon 2026-11-16 07:00 Berlin (CET, +1) = 06:00Z
        await _settings.SaveAsync(Given.Settings() with { TimeZoneId = "Europe/Berlin" }, null, ct);
        foreach (var id in new[] { "ann", "bob", "cy", "gone" })
        {
            await _roster.SaveAsync(Given.Rep(id) with { Active = id != "gone" }, null, ct);
        }

        await _submissions.SaveAsync(Given.Snapshot(week, "a Won 90 2026-11-12; b Commit 40 2026-11-18", RepId.From("ann"), submittedAt: At("2026-11-16T05:59:00Z")), null, ct);
        await _submissions.SaveAsync(Given.Snapshot(week.Previous, "a Commit 100 2026-11-12", RepId.From("ann")), null, ct);
        await _submissions.SaveAsync(Given.Snapshot(week, "", RepId.From("bob"), submittedAt: At("2026-11-16T06:01:00Z")), null, ct); // 07:01 in Berlin
        await _submissions.SaveAsync(Given.Snapshot(Given.Week("2026-W44"), "c Commit 25 2026-11-20; d Won 5 2026-09-30", RepId.From("cy")), null, ct);

        var summary = await new ComputeWeeklySummary(_settings, _roster, _submissions).ComputeAsync(Given.Team, week, ct);

        Assert.NotNull(summary);
        Assert.Equal(["ann", "bob", "cy"], summary.Reps.Select(r => r.Rep.Value));
        Assert.Equal([true, true, false], summary.Reps.Select(r => r.Submitted));
        Assert.Equal([false, true, false], summary.Reps.Select(r => r.Late));
        Assert.Equal([false, false, true], summary.Reps.Select(r => r.Carried));
        Assert.Equal(0.9m, summary.Reps[0].Figures.Attainment); // 90 / 100
        Assert.Equal(25m, summary.Reps[2].Figures.ThisWeekCommit); // carried from W44
        Assert.Equal(65m, summary.TeamFigures.ThisWeekCommit); // 40 + 0 + 25
        Assert.Equal(1m / 3m, summary.Compliance); // ann only, of three
    }

    [Fact]
    public async Task ComputeAsync_UnknownTeam_ReturnsNull()
    {
        var summary = await new ComputeWeeklySummary(_settings, _roster, _submissions)
            .ComputeAsync(TeamId.From("nobody"), Given.Week("2026-W47"), CancellationToken.None);

        Assert.Null(summary);
    }

    private static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
