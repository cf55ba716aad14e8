using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IActionLog"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class ActionLogContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly DateTimeOffset s_at = new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero).AddTicks(5);

    protected abstract Task<IActionLog> CreateLogAsync();

    private static ActionRecord Claim(string subject, ScheduledActionKind kind = ScheduledActionKind.Nudge, TeamId? team = null) =>
        new(team ?? Sample.Team, Sample.Week, subject, kind) { State = ActionState.Claimed, UpdatedAt = s_at };

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var log = await CreateLogAsync();
        var record = Claim(Sample.Rep.Value, ScheduledActionKind.Escalation) with { Detail = "activity 1:abc/def #9 ✅\nsecond line" };

        var version = await log.SaveAsync(record, null, s_none);
        var found = await log.GetAsync(Sample.Team, Sample.Week, Sample.Rep.Value, ScheduledActionKind.Escalation, s_none);

        Assert.Equal(new Versioned<ActionRecord>(record, version), found);
    }

    [Theory]
    [InlineData(30, -50)]
    [InlineData(-0.5, 0.01)]
    public async Task SaveAsync_ALateChangePayload_RoundTripsExactly(double commit, double upside)
    {
        var log = await CreateLogAsync();
        var change = new LateChange(s_at.AddMinutes(3), (decimal)commit, (decimal)upside);
        var record = Claim(Sample.Rep.Value + "@42", ScheduledActionKind.LateChangePost) with { State = ActionState.Pending, Payload = change };

        await log.SaveAsync(record, null, s_none);
        var found = await log.GetAsync(Sample.Team, Sample.Week, Sample.Rep.Value + "@42", ScheduledActionKind.LateChangePost, s_none);

        Assert.Equal(change, found?.Value.Payload);
        Assert.Equal(ActionState.Pending, found?.Value.State);
    }

    [Fact]
    public async Task SaveAsync_ASummaryPostPayloadAndALongSubject_RoundTrip()
    {
        var log = await CreateLogAsync();
        var post = new SummaryPost("19:managers@thread.tacv2", "19:managers@thread.tacv2;messageid=1770000000001", "1770000000001", s_at, Late: true);
        var subject = "a:" + new string('x', 480) + "/#?\\|";
        await log.SaveAsync(Claim(ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot) with { Payload = post }, null, s_none);
        await log.SaveAsync(Claim(subject, ScheduledActionKind.Welcome), null, s_none);

        Assert.Equal(post, (await log.GetAsync(Sample.Team, Sample.Week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot, s_none))?.Value.Payload);
        Assert.Equal(subject, (await log.GetAsync(Sample.Team, Sample.Week, subject, ScheduledActionKind.Welcome, s_none))?.Value.Subject);
        Assert.Contains(await log.ListWeekAsync(Sample.Team, Sample.Week, s_none), r => r.Subject == subject);
    }

    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var log = await CreateLogAsync();
        await log.SaveAsync(Claim(Sample.Rep.Value), null, s_none);

        Assert.Null(await log.GetAsync(Sample.Team, Sample.Week, Sample.Rep.Value, ScheduledActionKind.Reminder1, s_none));
        Assert.Null(await log.GetAsync(Sample.Team, Sample.Week.Next, Sample.Rep.Value, ScheduledActionKind.Nudge, s_none));
        Assert.Null(await log.GetAsync(Sample.OtherTeam, Sample.Week, Sample.Rep.Value, ScheduledActionKind.Nudge, s_none));
    }

    [Fact]
    public async Task SaveAsync_ClaimThenComplete_WithTheClaimsVersion()
    {
        var log = await CreateLogAsync();
        var claimed = await log.SaveAsync(Claim(ActionRecord.TeamSubject, ScheduledActionKind.Summary), null, s_none);
        var done = Claim(ActionRecord.TeamSubject, ScheduledActionKind.Summary) with { State = ActionState.Completed, UpdatedAt = s_at.AddMinutes(1) };

        var completed = await log.SaveAsync(done, claimed, s_none);

        Assert.NotEqual(claimed, completed);
        Assert.Equal(done, (await log.GetAsync(Sample.Team, Sample.Week, ActionRecord.TeamSubject, ScheduledActionKind.Summary, s_none))?.Value);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => log.SaveAsync(done with { State = ActionState.Failed }, claimed, s_none));
    }

    [Fact]
    public async Task SaveAsync_CreateOnlyWhenClaimed_ThrowsConflict()
    {
        var log = await CreateLogAsync();
        await log.SaveAsync(Claim(Sample.Rep.Value), null, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => log.SaveAsync(Claim(Sample.Rep.Value), null, s_none));
    }

    [Fact]
    public async Task SaveAsync_TwoConcurrentClaims_ExactlyOneWins()
    {
        var log = await CreateLogAsync();
        for (var round = 0; round < 5; round++)
        {
            var subject = $"rep-{round}";
            var start = new TaskCompletionSource();
            var racers = Enumerable.Range(0, 2).Select(async _ =>
            {
                await start.Task;
                try
                {
                    await log.SaveAsync(Claim(subject), null, s_none);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            }).ToList();

            start.SetResult();
            var wins = await Task.WhenAll(racers);

            Assert.Single(wins, won => won);
        }
    }

    [Fact]
    public async Task ListWeekAsync_ReturnsThatTeamAndWeekOnly()
    {
        var log = await CreateLogAsync();
        var nudge = Claim(Sample.Rep.Value);
        var reminder = Claim(Sample.Rep.Value, ScheduledActionKind.Reminder2);
        var summary = Claim(ActionRecord.TeamSubject, ScheduledActionKind.Summary);
        foreach (var record in new[] { nudge, reminder, summary })
        {
            await log.SaveAsync(record, null, s_none);
        }

        await log.SaveAsync(Claim(Sample.Rep.Value) with { Week = Sample.Week.Next }, null, s_none);
        await log.SaveAsync(Claim(Sample.Rep.Value, team: Sample.OtherTeam), null, s_none);

        var week = await log.ListWeekAsync(Sample.Team, Sample.Week, s_none);

        Assert.Equal(3, week.Count);
        Assert.Contains(nudge, week);
        Assert.Contains(reminder, week);
        Assert.Contains(summary, week);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardSubjectsAndTeams_RoundTrip(string id)
    {
        var log = await CreateLogAsync();
        var record = Claim(id, ScheduledActionKind.LateChangePost, TeamId.From(id));

        var version = await log.SaveAsync(record, null, s_none);

        Assert.Equal(new Versioned<ActionRecord>(record, version), await log.GetAsync(record.Team, Sample.Week, id, ScheduledActionKind.LateChangePost, s_none));
        Assert.Equal(record, Assert.Single(await log.ListWeekAsync(record.Team, Sample.Week, s_none)));
    }

    [Fact]
    public async Task SaveAsync_UnsetUpdatedAt_IsRefused()
    {
        var log = await CreateLogAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => log.SaveAsync(new ActionRecord(Sample.Team, Sample.Week, "rep", ScheduledActionKind.Nudge), null, s_none));
    }
}
