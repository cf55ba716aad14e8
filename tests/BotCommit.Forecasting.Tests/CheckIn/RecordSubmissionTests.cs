using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.CheckIn;

public sealed class RecordSubmissionTests
{
    // 2026-W49: Monday 2026-11-30. Team in Europe/Berlin (UTC+1 in winter): deadline Monday 07:00 local = 06:00Z.
    private static readonly TeamSettings Team = new(Given.Team) { TimeZoneId = "Europe/Berlin" };
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset JustAfterDeadline = new(2026, 11, 30, 6, 0, 1, TimeSpan.Zero);

    private readonly InMemorySubmissionStore _submissions = new();
    private readonly InMemoryDealStore _deals = new();
    private readonly InMemoryActionLog _actions = new();
    private readonly RecordingBackgroundWork _background = new();
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
    public async Task RecordAsync_OnTimeThenEditedAfterDeadline_KeepsTheRecordAndKeepsTheEditAsARevision()
    {
        var week = Given.Week("2026-W49");
        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03; d2 Upside 50 2026-12-20"), CancellationToken.None);
        _clock.SetUtcNow(JustAfterDeadline);

        // commit 100 -> 100 + 30 = 130 (+30); upside 50 -> 0 (-50)
        var result = await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03; d2 Commit 30 2026-12-20"), CancellationToken.None);

        // The record: what stood at the deadline, untouched.
        var record = (await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None))!.Value;
        Assert.False(record.Late);
        Assert.Equal(SundayEvening, record.SubmittedAt);
        Assert.Equal([ForecastCategory.Commit, ForecastCategory.Upside], record.Deals.Select(d => d.Category));
        Assert.Equal(record, result.Stored);
        // The revision: kept with its instant, applied to the pipeline, posted once as a late change.
        Assert.True(result.IsRevision);
        var revision = Assert.Single(await _submissions.ListRevisionsAsync(Given.Team, week, CancellationToken.None));
        Assert.Equal(JustAfterDeadline, revision.SubmittedAt);
        Assert.Equal([100m, 30m], revision.Deals.Where(d => d.Category == ForecastCategory.Commit).Select(d => d.Amount));
        Assert.Equal([ForecastCategory.Commit, ForecastCategory.Commit], (await _deals.ListAsync(Given.Team, Given.RepA, CancellationToken.None)).Select(d => d.Category));
        Assert.Equal(new LateChange(JustAfterDeadline, 30m, -50m), result.LateChange);
        var delivery = Assert.Single(await _actions.ListWeekAsync(Given.Team, week, CancellationToken.None));
        Assert.Equal(ScheduledActionKind.LateChangePost, delivery.Kind);
        Assert.Equal(ActionState.Pending, delivery.State);
        Assert.Equal(result.LateChange, delivery.Payload);
        Assert.Equal([(Given.Team, week)], _background.LateChanges);
        // The receipt shows what the rep typed.
        Assert.Equal(revision.Deals, result.Receipt!.Deals);
    }

    [Fact]
    public async Task RecordAsync_CommitMovedToUpsideAfterDeadline_CannotChangeWhatTheSummaryCounts()
    {
        var week = Given.Week("2026-W49");
        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);
        _clock.SetUtcNow(JustAfterDeadline.AddDays(4));

        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Upside 100 2026-12-03"), CancellationToken.None);

        var listed = Assert.Single(await _submissions.ListWeekAsync(Given.Team, week, CancellationToken.None));
        Assert.Equal(ForecastCategory.Commit, Assert.Single(listed.Deals).Category);
        var attempt = listed with { Deals = Given.Snapshot(week, "d1 Upside 100 2026-12-03").Deals, SubmittedAt = JustAfterDeadline.AddDays(4) };
        var version = (await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None))!.Version;
        await Assert.ThrowsAsync<SnapshotOfRecordException>(() => _submissions.SaveAsync(attempt, version, CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_FirstSubmissionAfterDeadlineBeforeTheSummary_IsTheLateRecord_SealedAtOnce()
    {
        var week = Given.Week("2026-W49");
        _clock.SetUtcNow(JustAfterDeadline);

        var first = await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var second = await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 300 2026-12-03"), CancellationToken.None);

        Assert.False(first.IsRevision);
        Assert.Equal(JustAfterDeadline, first.Stored.SealedAfter);
        Assert.True(second.IsRevision);
        var record = (await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None))!.Value;
        Assert.Equal(100m, Assert.Single(record.Deals).Amount);
        Assert.True(record.Late);
        Assert.Equal(new LateChange(JustAfterDeadline.AddMinutes(10), 200m, 0m), second.LateChange);
    }

    [Fact]
    public async Task RecordAsync_FirstSubmissionAfterTheSummaryWasPosted_IsARevision_NotTheRecord()
    {
        var week = Given.Week("2026-W49");
        var postedAt = JustAfterDeadline.AddMinutes(20);
        await _actions.SaveAsync(
            new ActionRecord(Given.Team, week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot)
            {
                State = ActionState.Completed,
                UpdatedAt = postedAt,
                Payload = new BotCommit.Forecasting.Summary.SummaryPost("channel", "thread", "root", postedAt, Late: false),
            },
            null,
            CancellationToken.None);
        _clock.SetUtcNow(postedAt.AddMinutes(1));

        var result = await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);

        Assert.True(result.IsRevision);
        Assert.Empty(await _submissions.ListWeekAsync(Given.Team, week, CancellationToken.None));
        Assert.Single(await _submissions.ListRevisionsAsync(Given.Team, week, CancellationToken.None));
        Assert.Equal(new LateChange(postedAt.AddMinutes(1), 100m, 0m), result.LateChange);
    }

    [Fact]
    public async Task RecordAsync_FirstSubmissionAfterTheScheduledSummaryTime_WithNonePosted_IsARevision()
    {
        var week = Given.Week("2026-W49");
        // The summary is scheduled Monday 08:00 Berlin = 07:00Z; nothing was posted.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 0, 1, TimeSpan.Zero));

        var result = await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);

        Assert.True(result.IsRevision);
        Assert.Null((await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None)));
    }

    [Fact]
    public async Task RecordAsync_InTheInstallWeek_FirstSubmissionAfterTheSummaryTime_IsTheLateRecord()
    {
        // Installed during 2026-W49: the schedule starts next Monday, so no summary was scheduled for W49. An admin's
        // "nudge now" on Wednesday: the rep's first answer is the week's (late) record, not a revision.
        var week = Given.Week("2026-W49");
        var installed = Team with { ScheduleStartsOn = new DateOnly(2026, 12, 7) };
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

        var result = await Use().RecordAsync(installed, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);

        Assert.False(result.IsRevision);
        var stored = (await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None))!.Value;
        Assert.True(stored.Late);
        Assert.Empty(await _submissions.ListRevisionsAsync(Given.Team, week, CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_InTheInstallWeek_FirstSubmissionAfterAPostedSummary_IsARevision()
    {
        var week = Given.Week("2026-W49");
        var installed = Team with { ScheduleStartsOn = new DateOnly(2026, 12, 7) };
        var postedAt = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        await _actions.SaveAsync(
            new ActionRecord(Given.Team, week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot)
            {
                State = ActionState.Completed,
                UpdatedAt = postedAt,
                Payload = new BotCommit.Forecasting.Summary.SummaryPost("channel", "thread", "root", postedAt, Late: true),
            },
            null,
            CancellationToken.None);
        _clock.SetUtcNow(postedAt.AddMinutes(1));

        var result = await Use().RecordAsync(installed, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);

        Assert.True(result.IsRevision);
        Assert.Null(await _submissions.GetAsync(Given.Team, week, Given.RepA, CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_ThroughThePreparedCheckIn_DoesNotReadTheSnapshotAgainAndReturnsTheReceipt()
    {
        var rep = new Rep(Given.Team, Given.RepA, "Ann");
        var prepare = new PrepareCheckIn(new InMemoryTeamSettingsStore(), new InMemoryRosterStore(), _submissions, _deals, _clock);
        var view = await prepare.ForAsync(Team, rep, Given.Week("2026-W49"), CancellationToken.None);
        var submission = Given.Snapshot(Given.Week("2026-W49"), "d1 Commit 100 2026-12-03 s90 ok; d2 Upside 50 2026-12-04");

        var result = await Use().RecordAsync(view, submission, CancellationToken.None);

        var receipt = result.Receipt!;
        Assert.Equal(submission.Deals, receipt.Deals);
        Assert.Equal((100m, 50m), (receipt.Totals.WeekCommit, receipt.Totals.WeekUpside));
        Assert.Equal((await _submissions.GetAsync(Given.Team, Given.Week("2026-W49"), Given.RepA, CancellationToken.None))!.Version, receipt.SubmissionVersion);
    }

    [Fact]
    public async Task RecordAsync_TheSameDealsAgain_LeavesThePipelineAsItIs_ChangedDealsReplaceIt()
    {
        var week = Given.Week("2026-W49");
        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);
        var reassigned = Given.Snapshot(week, "d1 Commit 100 2026-12-03; d9 Upside 70 2026-12-20").Deals;
        await _deals.ReplaceAsync(Given.Team, Given.RepA, reassigned, CancellationToken.None); // e.g. an admin's reassign

        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 100 2026-12-03"), CancellationToken.None);
        var afterSame = await _deals.ListAsync(Given.Team, Given.RepA, CancellationToken.None);
        await Use().RecordAsync(Team, Given.Snapshot(week, "d1 Commit 120 2026-12-03"), CancellationToken.None);
        var afterChange = await _deals.ListAsync(Given.Team, Given.RepA, CancellationToken.None);

        Assert.Equal(reassigned, afterSame);
        Assert.Equal([120m], afterChange.Select(d => d.Amount));
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

    private RecordSubmission Use() => new(_submissions, _deals, _actions, _background, _clock);
}
