using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.UseCases;

public sealed class RecordSubmissionTests
{
    // 2026-W49: Monday 2026-11-30. Team in Europe/Berlin (UTC+1 in winter): deadline Monday 07:00 local = 06:00Z.
    private static readonly TeamSettings Team = new(Given.Team) { TimeZoneId = "Europe/Berlin" };
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset JustAfterDeadline = new(2026, 11, 30, 6, 0, 1, TimeSpan.Zero);

    private readonly InMemorySubmissionStore _submissions = new();
    private readonly InMemoryDealStore _deals = new();
    private readonly InMemoryActionLog _actions = new();
    private readonly FakeTimeProvider _clock = new(SundayEvening);

    [Fact]
    public async Task RecordAsync_BeforeDeadline_StoresOnTimeSnapshotAndPipeline()
    {
        var submission = Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03 s90 ok; d2 Upside 50 2026-12-20");

        var result = await Use().RecordAsync(Team, submission, CancellationToken.None);

        Assert.False(result.AfterDeadline);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), result.Deadline);
        var stored = (await _submissions.GetAsync(Given.Team, Given.Week("2026-W49"), Given.RepA, CancellationToken.None))!.Value;
        Assert.False(stored.Late);
        Assert.Equal(SundayEvening, stored.SubmittedAt);
        Assert.Equal(2, stored.Deals.Count);
        Assert.Equal(2, (await _deals.ListAsync(Given.Team, Given.RepA, CancellationToken.None)).Count);
        Assert.Null(result.LateChange);
    }

    [Fact]
    public async Task RecordAsync_ResubmittedBeforeDeadline_ReplacesTheSnapshot()
    {
        await Use().RecordAsync(Team, Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03; d2 Upside 50 2026-12-20"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        await Use().RecordAsync(Team, Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 120 2026-12-03"), CancellationToken.None);

        var stored = (await _submissions.GetAsync(Given.Team, Given.Week("2026-W49"), Given.RepA, CancellationToken.None))!.Value;
        var deal = Assert.Single(stored.Deals);
        Assert.Equal(120m, deal.Amount);
        Assert.Empty(await _actions.ListWeekAsync(Given.Team, Given.Week("2026-W49"), CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_FirstSubmissionAfterDeadline_IsLate()
    {
        _clock.SetUtcNow(JustAfterDeadline);

        var result = await Use().RecordAsync(Team, Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03"), CancellationToken.None);

        Assert.True(result.AfterDeadline);
        Assert.True(result.Stored.Late);
        Assert.Null(result.LateChange);
    }

    [Fact]
    public async Task RecordAsync_OnTimeThenEditedAfterDeadline_StaysOnTimeAndRecordsTheLateChange()
    {
        await Use().RecordAsync(Team, Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03; d2 Upside 50 2026-12-20"), CancellationToken.None);
        _clock.SetUtcNow(JustAfterDeadline);

        // commit 100 -> 100 + 30 = 130 (+30); upside 50 -> 0 (-50)
        var result = await Use().RecordAsync(Team, Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03; d2 Commit 30 2026-12-20"), CancellationToken.None);

        Assert.False(result.Stored.Late);
        Assert.Equal(SundayEvening, result.Stored.SubmittedAt);
        Assert.Equal(new LateChange(JustAfterDeadline, 30m, -50m), result.LateChange);
        var record = Assert.Single(await _actions.ListWeekAsync(Given.Team, Given.Week("2026-W49"), CancellationToken.None));
        Assert.Equal(ScheduledActionKind.LateChangePost, record.Kind);
        Assert.Equal(result.LateChange, LateChange.FromDetail(JustAfterDeadline, record.Detail));
    }

    [Fact]
    public async Task RecordAsync_TheSameCardSubmittedTwiceAtOnce_KeepsOneSnapshot()
    {
        var submission = Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03");

        await Task.WhenAll(
            Use().RecordAsync(Team, submission, CancellationToken.None),
            Use().RecordAsync(Team, submission, CancellationToken.None));

        var week = await _submissions.ListWeekAsync(Given.Team, Given.Week("2026-W49"), CancellationToken.None);
        Assert.Single(week);
        Assert.Single(week[0].Deals);
    }

    [Theory]
    [InlineData("commit=30;upside=-50", 30, -50)]
    [InlineData("upside=0.01;commit=-0.5", -0.5, 0.01)]
    public void FromDetail_ReadsWhatToDetailWrites(string detail, double commit, double upside)
    {
        var change = LateChange.FromDetail(JustAfterDeadline, detail);

        Assert.Equal(new LateChange(JustAfterDeadline, (decimal)commit, (decimal)upside), change);
        Assert.Equal(change, LateChange.FromDetail(JustAfterDeadline, change!.ToDetail()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("commit=1")]
    [InlineData("commit=x;upside=1")]
    public void FromDetail_OtherText_IsNull(string? detail) => Assert.Null(LateChange.FromDetail(JustAfterDeadline, detail));

    private RecordSubmission Use() => new(_submissions, _deals, _actions, _clock);
}
