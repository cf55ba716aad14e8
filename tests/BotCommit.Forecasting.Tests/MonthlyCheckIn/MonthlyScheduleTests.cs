using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;
using BotCommit.Testing.InMemory;
using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.MonthlyCheckIn;

/// <summary>
/// The monthly schedule walked minute by minute beside the weekly one (weekly tick first, then monthly, as the job runs
/// them). Team in UTC, default schedule: nudge Sunday 16:00, reminders Sunday 20:00 and Monday 06:30, deadline Monday
/// 07:00, summary 08:00. December 2026's due week is 2026-W50 (Monday 12-07); 2026-W49 (Monday 11-30) is no due week.
/// </summary>
public sealed class MonthlyScheduleTests
{
    private static readonly ForecastWeek DueWeek = ForecastWeek.Parse("2026-W50");
    private static readonly YearMonth December = new(2026, 12);

    private ScheduleWorld _world = new(ScheduleWorld.Utc(2026, 12, 6, 15, 58));
    private readonly InMemoryMonthlyForecastStore _forecasts = new();
    private RecordingMonthlyNotifier _monthly;

    public MonthlyScheduleTests() => _monthly = new RecordingMonthlyNotifier(_world.Time);

    private RunMonthlyScheduleTick NewMonthlyTick()
    {
        var prepare = new PrepareMonthlyForecast(
            new Forecasting.CheckIn.PrepareCheckIn(_world.Settings, _world.Roster, _world.Submissions, _world.Deals, _world.Time), _forecasts, _world.Deals, _world.Time);
        var review = new ComputeMonthlyReview(_world.Settings, _world.Roster, _world.Submissions, _forecasts, _world.Actions);
        return new RunMonthlyScheduleTick(
            _world.Settings, _world.Roster, _world.Submissions, _forecasts, _world.Actions, prepare, review, _monthly, _monthly, _world.Time, _world.Options);
    }

    private async Task WalkAsync(DateTimeOffset until, Func<DateTimeOffset, Task>? beforeTick = null)
    {
        var weekly = _world.NewTick();
        var monthly = NewMonthlyTick();
        while (_world.Time.GetUtcNow() <= until)
        {
            if (beforeTick is not null)
            {
                await beforeTick(_world.Time.GetUtcNow());
            }

            await weekly.RunAsync(CancellationToken.None);
            var result = await monthly.RunAsync(CancellationToken.None);
            Assert.Empty(result.TeamErrors);
            Assert.Equal(0, result.Actions.Errors);
            _world.Time.Advance(ScheduleWorld.Minute);
        }
    }

    private async Task<TeamSettings> GivenTeamAsync(Func<TeamSettings, TeamSettings>? configure = null)
    {
        var team = await _world.AddTeamAsync("t1", "UTC", configure);
        await _world.AddManagerAsync(team, "boss");
        await _world.AddRepAsync(team, "rep-a", null, manager: "boss");
        await _world.AddRepAsync(team, "rep-b", null, manager: "boss");
        return team;
    }

    private Task<bool> SubmitMonthlyAsync(TeamSettings team, string rep) =>
        _forecasts.AddAsync(
            new MonthlyForecast(team.Id, RepId.From(rep), December, GivenMonthly.Lines("2026-12", "100*12")) { SubmittedAt = _world.Time.GetUtcNow() },
            CancellationToken.None);

    private List<(ScheduledActionKind Kind, string Subject)> Sent() => [.. _monthly.Calls.Select(c => (c.Kind, c.Subject))];

    [Theory]
    [InlineData(2, false, new[] { "admin-1", "boss" })]
    [InlineData(0, false, new string[0])]
    [InlineData(2, true, new string[0])]
    public async Task Review_ToAChannelRepsCanRead_GoesPrivatelyToEachManagerAndAdmin_Once(int repReaders, bool shared, string[] expected)
    {
        var team = await GivenTeamAsync(t => t with
        {
            SummaryChannel = new SummaryChannel("19:managers@thread.tacv2", "Managers") { RepReaders = repReaders },
            ShareSummaryWithTeam = shared,
            Admins = [RepId.From("admin-1")],
        });

        await WalkAsync(ScheduleWorld.Utc(2026, 12, 7, 8, 10));

        var sent = Sent();
        Assert.Single(sent, c => c.Kind == ScheduledActionKind.MonthlyReview);
        Assert.Equal(expected, sent.Where(c => c.Kind == ScheduledActionKind.MonthlyReviewPrivate).Select(c => c.Subject));
        Assert.All(_monthly.Calls.Where(c => c.Kind == ScheduledActionKind.MonthlyReviewPrivate), c => Assert.Equal(ScheduleWorld.Utc(2026, 12, 7, 8, 0), c.At));
        foreach (var subject in expected)
        {
            Assert.Equal(ActionState.Completed, (await _world.RecordAsync(team.Id, DueWeek, subject, ScheduledActionKind.MonthlyReviewPrivate))?.State);
        }

        var content = _monthly.Contents.First();
        Assert.All(_monthly.Contents, c => Assert.Same(content, c)); // composed once, posted and sent privately whole
        Assert.Equal(expected.Length + 1, _monthly.Contents.Count);
    }

    [Fact]
    public async Task Review_PrivateCopyTeamsDeferred_IsSentByALaterTick_Once_AndTheChannelPostIsNotRepeated()
    {
        var team = await GivenTeamAsync(t => t with { SummaryChannel = new SummaryChannel("19:managers@thread.tacv2", "Managers") { RepReaders = 2 } });
        var deferred = 0;
        _monthly.Refuse = (kind, subject) =>
            kind == ScheduledActionKind.MonthlyReviewPrivate && Interlocked.Increment(ref deferred) == 1 ? NotifyOutcome.RetryLater("Teams answered 429") : null;

        await WalkAsync(ScheduleWorld.Utc(2026, 12, 7, 8, 10));

        Assert.Equal(2, deferred); // asked twice: refused once, then sent
        var sent = Sent();
        Assert.Single(sent, c => c.Kind == ScheduledActionKind.MonthlyReview);
        var copy = Assert.Single(_monthly.Calls, c => c.Kind == ScheduledActionKind.MonthlyReviewPrivate);
        Assert.Equal(("boss", ScheduleWorld.Utc(2026, 12, 7, 8, 1)), (copy.Subject, copy.At)); // the next tick
        Assert.Equal(ActionState.Completed, (await _world.RecordAsync(team.Id, DueWeek, "boss", ScheduledActionKind.MonthlyReviewPrivate))?.State);
    }

    [Fact]
    public async Task DueWeek_NudgesEachRepOnce_AfterTheirWeeklyCard_RemindsAndEscalatesTheSilent_AndPostsTheReviewOnce()
    {
        var team = await GivenTeamAsync();
        _monthly.Before = async (kind, subject) =>
        {
            if (kind == ScheduledActionKind.MonthlyNudge)
            {
                // The weekly card of the same rep has gone out already.
                var weekly = await _world.RecordAsync(team.Id, DueWeek, subject, ScheduledActionKind.Nudge);
                Assert.Equal(ActionState.Completed, weekly?.State);
            }
        };

        await WalkAsync(ScheduleWorld.Utc(2026, 12, 7, 8, 5), async now =>
        {
            if (now == ScheduleWorld.Utc(2026, 12, 6, 17, 0))
            {
                await SubmitMonthlyAsync(team, "rep-b");
            }
        });

        var sent = Sent();
        Assert.Equal(1, sent.Count(c => c == (ScheduledActionKind.MonthlyNudge, "rep-a")));
        Assert.Equal(1, sent.Count(c => c == (ScheduledActionKind.MonthlyNudge, "rep-b")));
        Assert.DoesNotContain(sent, c => c.Subject == "boss" && c.Kind == ScheduledActionKind.MonthlyNudge);
        Assert.Equal([(ScheduledActionKind.MonthlyReminder, "rep-a")], sent.Where(c => c.Kind == ScheduledActionKind.MonthlyReminder));
        Assert.Equal(ScheduleWorld.Utc(2026, 12, 7, 6, 30), _monthly.Calls.Single(c => c.Kind == ScheduledActionKind.MonthlyReminder).At);
        Assert.Equal([(ScheduledActionKind.MonthlyEscalation, "boss")], sent.Where(c => c.Kind == ScheduledActionKind.MonthlyEscalation));
        Assert.Equal(["rep-a"], Assert.Single(_monthly.Escalated).Select(r => r.Id.Value));
        Assert.Equal([(ScheduledActionKind.MonthlyReview, ActionRecord.TeamSubject)], sent.Where(c => c.Kind == ScheduledActionKind.MonthlyReview));
        Assert.Equal(ScheduleWorld.Utc(2026, 12, 7, 8, 0), _monthly.Calls.Single(c => c.Kind == ScheduledActionKind.MonthlyReview).At);
        var review = Assert.Single(_monthly.Reviews);
        Assert.Equal(December, review.Month);
        Assert.Equal(1, review.OnTimeCount);
        Assert.Equal(2, review.ExpectedCount);
        Assert.All(_monthly.Cards, c => Assert.Equal(December, c.Month));
        Assert.Equal(ActionState.Completed, (await _world.RecordAsync(team.Id, DueWeek, "rep-a", ScheduledActionKind.MonthlyNudge))?.State);
    }

    [Fact]
    public async Task AWeekThatIsNoMonthsDueWeek_SendsNothingMonthly()
    {
        _world = new ScheduleWorld(ScheduleWorld.Utc(2026, 11, 29, 15, 58));
        _monthly = new RecordingMonthlyNotifier(_world.Time);
        await GivenTeamAsync();

        await WalkAsync(ScheduleWorld.Utc(2026, 11, 29, 16, 5));

        Assert.NotEmpty(_world.Notifier.Calls);
        Assert.Empty(_monthly.Calls);
    }

    [Fact]
    public async Task MonthlyForecastOff_Or_AwayReps_AreNotChased()
    {
        var team = await GivenTeamAsync(t => t with { MonthlyForecastOff = true });

        await WalkAsync(ScheduleWorld.Utc(2026, 12, 6, 16, 3));
        Assert.Empty(_monthly.Calls);

        await _world.UpdateTeamAsync(team.Id, t => t with { MonthlyForecastOff = false });
        var away = (await _world.Roster.GetAsync(team.Id, RepId.From("rep-a"), CancellationToken.None))!;
        await _world.Roster.SaveAsync(away.Value with { AwayUntil = new DateOnly(2026, 12, 11) }, away.Version, CancellationToken.None);
        await WalkAsync(ScheduleWorld.Utc(2026, 12, 6, 16, 8));

        Assert.Equal([(ScheduledActionKind.MonthlyNudge, "rep-b")], Sent());
    }

    [Fact]
    public async Task AHolidayWeek_SendsNothingMonthly()
    {
        await GivenTeamAsync(t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [DueWeek] = "holiday" },
            HolidaysRecordedAt = new Dictionary<ForecastWeek, DateTimeOffset> { [DueWeek] = ScheduleWorld.Utc(2026, 12, 1, 9) },
        });

        await WalkAsync(ScheduleWorld.Utc(2026, 12, 6, 16, 5));

        Assert.Empty(_monthly.Calls);
    }
}
