using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using static BotCommit.Testing.Scheduling.ScheduleWorld;
using K = BotCommit.Forecasting.Ports.ScheduledActionKind;

namespace BotCommit.Forecasting.Tests.Scheduling;

/// <summary>
/// Walks real weeks minute by minute over in-memory stores. The main team is in Berlin (CET, +1) for week 2026-W49
/// (Monday 2026-11-30): deadline 06:00Z, summary 07:00Z, call 08:00Z. The week before is a holiday week so that a walk
/// starting on Saturday does not also catch up the previous week (a brand-new team would).
/// </summary>
public sealed class RunScheduleTickTests
{
    private static readonly ForecastWeek s_w49 = ForecastWeek.FromMonday(new DateOnly(2026, 11, 30));

    // Every expected send of the four-zone week (see FourZoneWeekAsync).
    private static readonly Expect.Send[] s_fourZoneWeek =
    [
        new("akl", K.Nudge, Utc(2026, 11, 29, 3)),          // Sun 16:00 NZDT (+13)
        new("akl", K.Reminder1, Utc(2026, 11, 29, 7)),      // Sun 20:00 NZDT
        new("akl", K.Reminder2, Utc(2026, 11, 30, 5, 30)),  // Mon 06:30 CET (team-local)
        new("ccu", K.Nudge, Utc(2026, 11, 29, 10, 30)),     // Sun 16:00 IST (+05:30); submits at 12:00Z, so no reminder
        new("ber", K.Nudge, Utc(2026, 11, 29, 15)),         // Sun 16:00 CET
        new("ber", K.Reminder1, Utc(2026, 11, 29, 19)),     // Sun 20:00 CET; submits Mon 05:00Z, so no second reminder
        new("lax", K.Nudge, Utc(2026, 11, 30, 0)),          // Sun 16:00 PST (-8)
        new("lax", K.Reminder1, Utc(2026, 11, 30, 4)),      // Sun 20:00 PST
        new("lax", K.Reminder2, Utc(2026, 11, 30, 5, 30)),  // Mon 06:30 CET
        new("m1", K.Escalation, Utc(2026, 11, 30, 6)),      // the deadline, Mon 07:00 CET: akl and lax are missing
        new(ActionRecord.TeamSubject, K.Summary, Utc(2026, 11, 30, 7)),
    ];

    [Fact]
    public async Task RunAsync_WholeWeekWithRepsInFourZones_SendsEachActionOnceOnTime()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);

        await world.WalkAsync(Utc(2026, 12, 1, 12), beforeTick: SubmissionsOf(world, team));

        Expect.ExactlyOnceOnTime(world.Notifier.Calls, s_fourZoneWeek);
        var escalation = world.Notifier.Calls.Single(c => c.Kind == K.Escalation);
        Assert.Equal(["akl", "lax"], escalation.Missing);
        Assert.False(world.Notifier.Calls.Single(c => c.Kind == K.Summary).Late);
        Assert.All(world.Notifier.Calls, c => Assert.Equal(s_w49, c.Week));
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "lax", K.Reminder2))!.State);
    }

    [Theory]
    [InlineData("2026-11-29T12:00:00Z")] // Sunday: some nudges sent, others not yet
    [InlineData("2026-11-30T05:45:00Z")] // between the last reminder and the deadline
    [InlineData("2026-11-30T06:30:00Z")] // after the escalation, before the summary
    public async Task RunAsync_RestartInTheMiddle_FreshInstanceNeitherRepeatsNorForgets(string restartAt)
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);
        var restart = DateTimeOffset.Parse(restartAt);

        await world.WalkAsync(restart - Minute, world.NewTick(), SubmissionsOf(world, team));
        await world.WalkAsync(Utc(2026, 12, 1, 12), world.NewTick(), SubmissionsOf(world, team));

        Expect.ExactlyOnceOnTime(world.Notifier.Calls, s_fourZoneWeek);
    }

    [Fact]
    public async Task RunAsync_InstanceDiedRightAfterClaiming_ANewInstanceSendsOnceAfterTheLease()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);
        await world.WalkAsync(Utc(2026, 11, 29, 23, 59), world.NewTick(), SubmissionsOf(world, team));
        // At Mon 00:00Z the old instance claimed lax's nudge and died before sending.
        await world.Actions.SaveAsync(
            new ActionRecord(team.Id, s_w49, "lax", K.Nudge) { State = ActionState.Claimed, UpdatedAt = Utc(2026, 11, 30, 0) }, null, CancellationToken.None);

        await world.WalkAsync(Utc(2026, 12, 1, 12), world.NewTick(), SubmissionsOf(world, team));

        var expected = s_fourZoneWeek
            .Select(s => s is { Subject: "lax", Kind: K.Nudge } ? s with { At = Utc(2026, 11, 30, 0, 10) } : s)
            .ToArray();
        Expect.ExactlyOnceOnTime(world.Notifier.Calls, expected);
    }

    [Fact]
    public async Task RunAsync_TwoInstancesTickingAtTheSameTime_SendEachActionExactlyOnce()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);
        world.Notifier.YieldBeforeSending = true;
        var first = world.NewTick();
        var second = world.NewTick();
        var submissions = SubmissionsOf(world, team);
        var sent = 0;
        var alreadyHandled = 0;

        while (world.Time.GetUtcNow() <= Utc(2026, 12, 1, 12))
        {
            await submissions(world.Time.GetUtcNow());
            var results = await Task.WhenAll(
                Task.Run(() => first.RunAsync(CancellationToken.None)),
                Task.Run(() => second.RunAsync(CancellationToken.None)));
            sent += results.Sum(r => r.Actions.Sent);
            alreadyHandled += results.Sum(r => r.Actions.AlreadyHandled);
            world.Time.Advance(Minute);
        }

        Expect.ExactlyOnceOnTime(world.Notifier.Calls, s_fourZoneWeek);
        Assert.Equal(s_fourZoneWeek.Length, sent);
        Assert.True(alreadyHandled > 0, "The two instances never raced for an action.");
    }

    [Fact]
    public async Task RunAsync_SixHoursDownAcrossTheDeadline_NoLateNudgeOrReminderEscalatesAndPostsALateSummary()
    {
        // Team in Kolkata (+05:30): Mon 06:30 IST reminder = 01:00Z, deadline 07:00 IST = 01:30Z, summary 02:30Z, call 03:30Z.
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await world.AddTeamAsync("kol", "Asia/Kolkata", SkipWeekBefore);
        await world.AddManagerAsync(team, "boss");
        await world.AddRepAsync(team, "ccu", null, "boss");                   // nudge Sun 10:30Z, reminder Sun 14:30Z
        await world.AddRepAsync(team, "lax", "America/Los_Angeles", "boss");  // nudge Sun 16:00 PST = Mon 00:00Z: inside the outage

        await world.WalkAsync(Utc(2026, 11, 29, 23));
        world.Time.SetUtcNow(Utc(2026, 11, 30, 5));                           // down from Sun 23:00Z to Mon 05:00Z
        await world.WalkAsync(Utc(2026, 12, 1, 12));

        Expect.ExactlyOnceOnTime(
            world.Notifier.Calls,
            new("ccu", K.Nudge, Utc(2026, 11, 29, 10, 30)),
            new("ccu", K.Reminder1, Utc(2026, 11, 29, 14, 30)),
            new("boss", K.Escalation, Utc(2026, 11, 30, 5)),
            new(ActionRecord.TeamSubject, K.Summary, Utc(2026, 11, 30, 5)));
        Assert.Equal(["ccu", "lax"], world.Notifier.Calls.Single(c => c.Kind == K.Escalation).Missing);
        Assert.True(world.Notifier.Calls.Single(c => c.Kind == K.Summary).Late);
        Assert.Equal("posted late", (await world.RecordAsync(team.Id, s_w49, ActionRecord.TeamSubject, K.Summary))!.Detail);
    }

    [Fact]
    public async Task RunAsync_ShortOutageBeforeTheDeadline_CatchesUpTheMissedNudge()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);

        await world.WalkAsync(Utc(2026, 11, 29, 14));
        world.Time.SetUtcNow(Utc(2026, 11, 29, 17, 30));                      // down over the 15:00Z nudge
        await world.WalkAsync(Utc(2026, 11, 29, 18));

        Expect.ExactlyOnceOnTime(world.Notifier.Calls, new Expect.Send("ber", K.Nudge, Utc(2026, 11, 29, 17, 30)));
    }

    [Fact]
    public async Task RunAsync_FirstTickAfterTheRemindersTimes_SendsTheNudgeWithoutARemindersBurst()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 21));                  // first tick after ber's 15:00Z nudge and 19:00Z reminder
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);

        await world.WalkAsync(Utc(2026, 11, 30, 5, 40));

        Expect.ExactlyOnceOnTime(
            world.Notifier.Calls,
            new("ber", K.Nudge, Utc(2026, 11, 29, 21)),
            new("ber", K.Reminder2, Utc(2026, 11, 30, 5, 30)));
    }

    public static TheoryData<string, string, string, string, string, string> DstRows => new()
    {
        // zone, Monday, nudge (Sunday, local), expected nudge, expected first reminder (Sun 20:00 local), expected deadline (Mon 07:00 local), UTC
        // Berlin Sun 2026-03-29: 02:00 CET -> 03:00 CEST; nudge at 02:30 does not exist -> 03:30 CEST
        { "Europe/Berlin", "2026-03-30", "02:30", "2026-03-29T01:30:00Z", "2026-03-29T18:00:00Z", "2026-03-30T05:00:00Z" },
        // Berlin Sun 2026-10-25: 03:00 CEST -> 02:00 CET; 02:30 happens twice -> once, at the first (CEST)
        { "Europe/Berlin", "2026-10-26", "02:30", "2026-10-25T00:30:00Z", "2026-10-25T19:00:00Z", "2026-10-26T06:00:00Z" },
        // Los Angeles Sun 2026-03-08: 02:00 PST -> 03:00 PDT; 02:30 -> 03:30 PDT
        { "America/Los_Angeles", "2026-03-09", "02:30", "2026-03-08T10:30:00Z", "2026-03-09T03:00:00Z", "2026-03-09T14:00:00Z" },
        // Los Angeles Sun 2026-11-01: 02:00 PDT -> 01:00 PST; 01:30 happens twice -> once, at the first (PDT)
        { "America/Los_Angeles", "2026-11-02", "01:30", "2026-11-01T08:30:00Z", "2026-11-02T04:00:00Z", "2026-11-02T15:00:00Z" },
        // Auckland Sun 2026-04-05: 03:00 NZDT -> 02:00 NZST; 02:30 happens twice -> once, at the first (NZDT)
        { "Pacific/Auckland", "2026-04-06", "02:30", "2026-04-04T13:30:00Z", "2026-04-05T08:00:00Z", "2026-04-05T19:00:00Z" },
        // Auckland Sun 2026-09-27: 02:00 NZST -> 03:00 NZDT; 02:30 -> 03:30 NZDT
        { "Pacific/Auckland", "2026-09-28", "02:30", "2026-09-26T14:30:00Z", "2026-09-27T07:00:00Z", "2026-09-27T18:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(DstRows))]
    public async Task RunAsync_DstSwitchWeekend_EachActionOnceAtTheResolvedInstant(
        string zone, string monday, string nudgeAt, string nudge, string reminder1, string deadline)
    {
        var week = ForecastWeek.FromMonday(DateOnly.Parse(monday));
        var schedule = WeeklySchedule.Default with { Nudge = new LocalWeeklyTime(DayOfWeek.Sunday, TimeOnly.Parse(nudgeAt)) };
        var deadlineAt = DateTimeOffset.Parse(deadline);
        var world = new ScheduleWorld(DateTimeOffset.Parse(nudge).AddHours(-2));
        var team = await world.AddTeamAsync("t", zone, t => t with
        {
            Schedule = schedule,
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [week.Previous] = "walk starts mid-week" },
        });
        await world.AddManagerAsync(team, "boss");
        await world.AddRepAsync(team, "rep", null, "boss");

        await world.WalkAsync(deadlineAt.AddHours(3));

        Expect.ExactlyOnceOnTime(
            world.Notifier.Calls,
            new("rep", K.Nudge, DateTimeOffset.Parse(nudge)),
            new("rep", K.Reminder1, DateTimeOffset.Parse(reminder1)),
            new("rep", K.Reminder2, deadlineAt.AddMinutes(-30)),  // Mon 06:30, same offset as the deadline
            new("boss", K.Escalation, deadlineAt),
            new(ActionRecord.TeamSubject, K.Summary, deadlineAt.AddHours(1)));
        Assert.All(world.Notifier.Calls, c => Assert.Equal(week, c.Week));
    }

    [Fact]
    public async Task RunAsync_PausedTeam_SendsNothingAllWeek()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);
        await world.UpdateTeamAsync(team.Id, t => t with { Paused = true });

        var results = await world.WalkAsync(Utc(2026, 12, 1, 12));

        Assert.Empty(world.Notifier.Calls);
        Assert.All(results, r => Assert.Equal(1, r.TeamsIdle));
    }

    [Fact]
    public async Task RunAsync_HolidayWeek_SendsNothingThatWeekAndResumesTheNext()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await FourZoneWeekAsync(world);
        await world.UpdateTeamAsync(team.Id, t => t with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49.Previous] = "before", [s_w49] = "company holiday" },
        });

        await world.WalkAsync(Utc(2026, 12, 5, 12));
        Assert.Empty(world.Notifier.Calls);
        await world.WalkAsync(Utc(2026, 12, 6, 3));

        var call = Assert.Single(world.Notifier.Calls);                         // Auckland's nudge of W50, Sun 16:00 NZDT
        Assert.Equal(("akl", K.Nudge), call.Key);
        Assert.Equal(s_w49.Next, call.Week);
    }

    [Fact]
    public async Task RunAsync_AwayRepAndSkippedRep_GetNoNudgeNoReminderNoEscalation()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 28, 12));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddManagerAsync(team, "boss");
        await world.AddRepAsync(team, "ber", null, "boss");
        await world.AddRepAsync(team, "away", null, "boss", r => r with { AwayUntil = new DateOnly(2026, 12, 4), AwayReason = "Parental leave" });
        await world.AddRepAsync(team, "skip", null, "boss");
        await world.SubmitAsync(team.Id, s_w49, "skip", SubmissionStatus.Skipped);

        await world.WalkAsync(Utc(2026, 12, 1, 12));

        Expect.ExactlyOnceOnTime(
            world.Notifier.Calls,
            new("ber", K.Nudge, Utc(2026, 11, 29, 15)),
            new("ber", K.Reminder1, Utc(2026, 11, 29, 19)),
            new("ber", K.Reminder2, Utc(2026, 11, 30, 5, 30)),
            new("boss", K.Escalation, Utc(2026, 11, 30, 6)),
            new(ActionRecord.TeamSubject, K.Summary, Utc(2026, 11, 30, 7)));
        Assert.Equal(["ber"], world.Notifier.Calls.Single(c => c.Kind == K.Escalation).Missing);
    }

    [Fact]
    public async Task RunAsync_UnreachableRep_RecordsFailedWithReasonAndDoesNotRetryEveryMinute()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 14));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);
        world.Notifier.Script("ber", K.Nudge, () => NotifyOutcome.Unreachable("no conversation reference"));

        var results = await world.WalkAsync(Utc(2026, 11, 29, 18));

        Assert.Single(world.Notifier.Calls);
        Assert.Equal(1, results.Sum(r => r.Actions.Failed));
        var record = await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge);
        Assert.Equal(ActionState.Failed, record!.State);
        Assert.Equal("unreachable: no conversation reference", record.Detail);
    }

    [Fact]
    public async Task RunAsync_RetryLater_IsRetriedAtTheNextTickWithoutWaitingForTheLease()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 14));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);
        world.Options = new ScheduleRunOptions { ClaimLease = TimeSpan.FromMinutes(5) };
        world.Notifier.Script("ber", K.Nudge, () => NotifyOutcome.RetryLater("429 after retries"));

        var results = await world.WalkAsync(Utc(2026, 11, 29, 16));

        var attempts = world.Notifier.Calls.Where(c => c.Key == ("ber", K.Nudge)).Select(c => c.At).ToList();
        Assert.Equal([Utc(2026, 11, 29, 15), Utc(2026, 11, 29, 15, 1)], attempts);
        Assert.Equal(1, results.Sum(r => r.Actions.Deferred));
        Assert.Equal(ActionState.Completed, (await world.RecordAsync(team.Id, s_w49, "ber", K.Nudge))!.State);
    }

    [Fact]
    public async Task RunAsync_NotifierThrows_ReportsTheErrorAndRetriesAfterTheLease()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 14));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);
        await world.AddRepAsync(team, "ccu", "Asia/Kolkata");
        world.Notifier.Script("ber", K.Nudge, () => throw new HttpRequestException("connector down"));

        var results = await world.WalkAsync(Utc(2026, 11, 29, 16));

        var failedTick = results.Single(r => r.Actions.Errors > 0);
        var error = Assert.Single(failedTick.ActionErrors);
        Assert.Equal(("ber", K.Nudge), (error.Subject, error.Kind));
        Assert.IsType<HttpRequestException>(error.Exception);
        Assert.Equal(
            [Utc(2026, 11, 29, 15), Utc(2026, 11, 29, 15, 10)],
            world.Notifier.Calls.Where(c => c.Key == ("ber", K.Nudge)).Select(c => c.At));
    }

    [Fact]
    public async Task RunAsync_TeamWithUnknownZone_IsReportedAndOtherTeamsStillRun()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15));
        await world.AddTeamAsync("broken", "Atlantis/Capital");
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        var error = Assert.Single(result.TeamErrors);
        Assert.Equal("broken", error.Team.Value);
        Assert.IsType<TimeZoneNotFoundException>(error.Exception);
        Assert.Equal(("ber", K.Nudge), Assert.Single(world.Notifier.Calls).Key);
    }

    [Fact]
    public async Task RunAsync_ManyReps_NeverMoreSendsInFlightThanMaxConcurrency()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        for (var i = 0; i < 200; i++)
        {
            await world.AddRepAsync(team, $"rep{i:D3}", null);
        }

        world.Options = new ScheduleRunOptions { MaxConcurrency = 3 };
        var gauge = new ConcurrencyGauge(world.Notifier);

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(200, result.Actions.Sent);
        Assert.Equal(200, world.Notifier.Calls.Select(c => c.Subject).Distinct().Count());
        Assert.InRange(gauge.Max, 1, 3);
    }

    [Fact]
    public async Task RunAsync_ABigAndASmallTeamDueAtOnce_TheSmallTeamIsNotHeldBackUntilTheBigOneIsDone()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15));
        var big = await world.AddTeamAsync("big", "Europe/Berlin", SkipWeekBefore);
        var small = await world.AddTeamAsync("small", "Europe/Berlin", SkipWeekBefore);
        for (var i = 0; i < 40; i++)
        {
            await world.AddRepAsync(big, $"big{i:D2}", null);
        }

        for (var i = 0; i < 3; i++)
        {
            await world.AddRepAsync(small, $"small{i}", null);
        }

        world.Options = new ScheduleRunOptions { MaxConcurrency = 1 };

        var result = await world.NewTick().RunAsync(CancellationToken.None);

        Assert.Equal(43, result.Actions.Sent);
        var order = world.Notifier.Calls.Select(c => c.Subject).ToList();
        Assert.All(order.Take(6).Chunk(2), pair => Assert.Single(pair, subject => subject.StartsWith("small", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15));
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddRepAsync(team, "ber", null);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.NewTick().RunAsync(cancelled.Token));
        Assert.Empty(world.Notifier.Calls);
    }

    private static TeamSettings SkipWeekBefore(TeamSettings team) =>
        team with { SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_w49.Previous] = "walk starts mid-week" } };

    /// <summary>Berlin team; reps in Auckland and Los Angeles (manager m1), Kolkata and Berlin (manager m2).</summary>
    private static async Task<TeamSettings> FourZoneWeekAsync(ScheduleWorld world)
    {
        var team = await world.AddTeamAsync("t", "Europe/Berlin", SkipWeekBefore);
        await world.AddManagerAsync(team, "m1");
        await world.AddManagerAsync(team, "m2");
        await world.AddRepAsync(team, "akl", "Pacific/Auckland", "m1");
        await world.AddRepAsync(team, "lax", "America/Los_Angeles", "m1");
        await world.AddRepAsync(team, "ccu", "Asia/Kolkata", "m2");
        await world.AddRepAsync(team, "ber", null, "m2");
        return team;
    }

    /// <summary>ccu submits Sunday 12:00Z (after the nudge), ber Monday 05:00Z (after the first reminder).</summary>
    private static Func<DateTimeOffset, Task> SubmissionsOf(ScheduleWorld world, TeamSettings team) => async now =>
    {
        if (now == Utc(2026, 11, 29, 12) && await world.Submissions.GetAsync(team.Id, s_w49, RepId.From("ccu"), CancellationToken.None) is null)
        {
            await world.SubmitAsync(team.Id, s_w49, "ccu");
        }

        if (now == Utc(2026, 11, 30, 5) && await world.Submissions.GetAsync(team.Id, s_w49, RepId.From("ber"), CancellationToken.None) is null)
        {
            await world.SubmitAsync(team.Id, s_w49, "ber");
        }
    };
}
