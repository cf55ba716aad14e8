using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.CheckIn;

/// <summary>
/// The stalled marker of the rep's own card: computed from that rep's own snapshots of record of W-7..W-1 only, as of W-1.
/// Hand computation (W = 2026-W49, Monday 2026-11-30): d1 is at 50 % in every snapshot from W-7 (2026-10-12) to W-1
/// (2026-11-23): 2026-11-23 − 2026-10-12 = 42 days ≥ 42 → stalled "in 50 % for at least 6 weeks" (the run starts at the
/// oldest week read). d2 is at 70 % from W-6 (35 days) but its close date moves 12-10 → 12-17 (W-3) → 12-24 (W-2): 2 slips
/// → stalled for the slips only. d3 entered 60 % at W-2: 7 days, no slip → not stalled. Another rep's identical deal d1 never counts for Ann.
/// </summary>
public sealed class CheckInStalledTests
{
    private static readonly TeamSettings Team = new(Given.Team) { TimeZoneId = "UTC" };

    [Fact]
    public async Task WithStalledAsync_MarksTheRepsStalledDeals_FromTheirOwnSnapshotsOfRecord()
    {
        var submissions = new InMemorySubmissionStore();
        var deals = new InMemoryDealStore();
        var week = Given.Week("2026-W49");
        for (var back = 7; back >= 1; back--)
        {
            var listed = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back));
            var close2 = back >= 4 ? "2026-12-10" : back == 3 ? "2026-12-17" : "2026-12-24";
            var d3 = back <= 2 ? "; d3 Pipeline 30 2027-02-01 s60" : "; d3 Pipeline 30 2027-02-01 s25";
            await submissions.SaveAsync(Given.Snapshot(listed, "d1 Pipeline 80 2027-03-01 s50; d2 Upside 40 " + close2 + (back == 7 ? " s60" : " s70") + d3), null, CancellationToken.None);
            await submissions.SaveAsync(Given.Snapshot(listed, "d9 Pipeline 80 2027-03-01 s50", rep: RepId.From("rep-b")), null, CancellationToken.None);
        }

        await deals.ReplaceAsync(Given.Team, Given.RepA, Given.Deals("d1 Pipeline 80 2027-03-01 s50; d2 Upside 40 2026-12-24 s70; d3 Pipeline 30 2027-02-01 s60"), CancellationToken.None);
        var prepare = new PrepareCheckIn(new InMemoryTeamSettingsStore(), new InMemoryRosterStore(), submissions, deals, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero)));

        var view = await prepare.WithStalledAsync(await prepare.ForAsync(Team, Given.Rep("rep-a", "Ann"), week, CancellationToken.None), CancellationToken.None);

        Assert.Equal(["d1", "d2"], view.Stalled.Select(s => s.History.Deal.Id.Value).Order(StringComparer.Ordinal));
        var d1 = view.Stalled.Single(s => s.History.Deal.Id.Value == "d1");
        Assert.Equal([StallReason.LongInStage], d1.Reasons);
        Assert.Equal((42, true), (d1.History.DaysInStage, d1.History.RunStartsHistory));
        var d2 = view.Stalled.Single(s => s.History.Deal.Id.Value == "d2");
        Assert.Equal([StallReason.RepeatedSlips], d2.Reasons);
        Assert.Equal(2, d2.History.SlipCount);
    }

    [Fact]
    public async Task StalledAsync_DealNoLongerOpenOnTheCard_IsNotMarked_AndNothingIsReadWithoutOpenDeals()
    {
        var submissions = new InMemorySubmissionStore();
        var week = Given.Week("2026-W49");
        for (var back = 7; back >= 1; back--)
        {
            await submissions.SaveAsync(Given.Snapshot(ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back)), "d1 Pipeline 80 2027-03-01 s50"), null, CancellationToken.None);
        }

        var prepare = new PrepareCheckIn(new InMemoryTeamSettingsStore(), new InMemoryRosterStore(), submissions, new InMemoryDealStore(), TimeProvider.System);

        var won = await prepare.StalledAsync(Team, Given.Rep("rep-a"), week, Given.Deals("d1 Won 80 2026-12-01 s100"), CancellationToken.None);
        var open = await prepare.StalledAsync(Team, Given.Rep("rep-a"), week, Given.Deals("d1 Pipeline 80 2027-03-01 s50"), CancellationToken.None);

        Assert.Empty(won);
        Assert.Single(open);
    }
}
