using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.Scheduling;

public sealed class SchedulePlannerTests
{
    // Team in Berlin (CET, +1), week 2026-W49 (Monday 2026-11-30). Deadline 06:00Z, summary 07:00Z, call 08:00Z.
    private static readonly TeamSettings s_team = new(TeamId.From("t")) { TimeZoneId = "Europe/Berlin" };
    private static readonly ForecastWeek s_week = ForecastWeek.FromMonday(new DateOnly(2026, 11, 30));
    private static readonly Rep s_ber = Rep("ber", null, "boss");        // nudge Sun 15:00Z, reminders Sun 19:00Z, Mon 05:30Z
    private static readonly Rep s_lax = Rep("lax", "America/Los_Angeles", "boss"); // nudge Mon 00:00Z, reminders Mon 04:00Z, 05:30Z
    private static readonly Rep s_boss = new(s_team.Id, RepId.From("boss"), "Boss") { IsManager = true };

    public static TheoryData<string, string, string> CurrentWeekRows => new()
    {
        // team zone, now (UTC), expected week
        { "Europe/Berlin", "2026-12-02T12:00:00Z", "2026-W49" },      // Wednesday: the week containing it
        { "Europe/Berlin", "2026-11-29T02:59:00Z", "2026-W48" },      // Sunday before the first nudge (Auckland, 03:00Z): last week still current
        { "Europe/Berlin", "2026-11-29T03:00:00Z", "2026-W49" },      // the first nudge opens the coming week
        { "Europe/Berlin", "2026-12-05T22:59:00Z", "2026-W49" },      // Saturday night: still W49 (catch-up window)
        { "America/Los_Angeles", "2026-11-29T03:00:00Z", "2026-W49" }, // an Auckland rep's nudge (Sun 16:00 NZDT) opens it while LA is on Saturday
        { "America/Los_Angeles", "2026-11-29T02:59:00Z", "2026-W48" },
    };

    [Theory]
    [MemberData(nameof(CurrentWeekRows))]
    public void CurrentWeek_WindowsOpenAtTheEarliestNudge_ReturnsTheLatestOpenedWeek(string zone, string now, string expected)
    {
        var team = s_team with { TimeZoneId = zone };
        Rep[] roster = [Rep("akl", "Pacific/Auckland", null), Rep("ber", "Europe/Berlin", null)];

        var week = ReviewWeek.ForRoster(team, roster, DateTimeOffset.Parse(now));

        Assert.Equal(expected, week.ToString());
    }

    [Theory]
    [InlineData("2026-11-29T14:59:00Z", "")]
    [InlineData("2026-11-29T15:00:00Z", "Nudge:ber")]
    [InlineData("2026-11-30T00:00:00Z", "Nudge:ber Nudge:lax")]
    [InlineData("2026-11-30T05:59:00Z", "Nudge:ber Nudge:lax")]
    [InlineData("2026-11-30T06:00:00Z", "Escalation:boss")] // deadline: no nudge any more, the boss hears of both
    [InlineData("2026-11-30T07:00:00Z", "Escalation:boss Summary:team")]
    public void Plan_NothingRecordedYet_ReturnsWhatIsDueAtNow(string now, string expected)
    {
        var due = SchedulePlanner.Plan(Input(DateTimeOffset.Parse(now)));

        Assert.Equal(expected, Describe(due));
    }

    [Fact]
    public void Plan_NudgeDoneAndBothRemindersPassed_SendsOnlyTheLatestReminder()
    {
        var input = Input(DateTimeOffset.Parse("2026-11-30T05:40:00Z")) with
        {
            Actions = [Done("ber", ScheduledActionKind.Nudge), Done("lax", ScheduledActionKind.Nudge)],
        };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal("Reminder2:ber Reminder2:lax", Describe(due));
    }

    [Fact]
    public void Plan_NudgeSentLateAfterTheFirstReminderTime_ThatReminderIsCoveredByTheNudge()
    {
        var nudgedLate = DateTimeOffset.Parse("2026-11-29T19:30:00Z");          // ber's first reminder was due at 19:00Z
        var input = Input(nudgedLate.AddMinutes(1)) with
        {
            Roster = [s_ber],
            Actions = [Done("ber", ScheduledActionKind.Nudge) with { UpdatedAt = nudgedLate }],
        };

        Assert.Empty(SchedulePlanner.Plan(input));
        Assert.Equal("Reminder2:ber", Describe(SchedulePlanner.Plan(input with { Now = DateTimeOffset.Parse("2026-11-30T05:30:00Z") })));
    }

    [Fact]
    public void Plan_NudgeClaimedByAnotherTick_RemindersWait()
    {
        var now = DateTimeOffset.Parse("2026-11-29T19:05:00Z");
        var input = Input(now) with { Actions = [Done("ber", ScheduledActionKind.Nudge) with { State = ActionState.Claimed, UpdatedAt = now.AddMinutes(-1) }] };

        var due = SchedulePlanner.Plan(input);

        Assert.Empty(due);
    }

    [Theory]
    [InlineData(9, "")]                // a claim younger than the 10-minute lease belongs to its owner
    [InlineData(10, "Nudge:ber")]      // older: the owner is presumed dead, the nudge is due again
    public void Plan_ClaimedNudge_IsDueAgainOnlyAfterTheLease(int minutesAgo, string expected)
    {
        var now = DateTimeOffset.Parse("2026-11-29T16:00:00Z");
        var input = Input(now) with
        {
            Roster = [s_ber],
            Actions = [Done("ber", ScheduledActionKind.Nudge) with { State = ActionState.Claimed, UpdatedAt = now.AddMinutes(-minutesAgo) }],
        };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal(expected, Describe(due));
    }

    [Theory]
    [InlineData("2026-11-29T16:00:00Z", 9, "")]          // being sent by a live instance
    [InlineData("2026-11-29T16:00:00Z", 10, "Nudge:ber")] // abandoned mid-send: due, so the runner records "delivery unknown"
    [InlineData("2026-11-29T19:05:00Z", 1, "")]          // reminders wait for the nudge's outcome
    public void Plan_SendingNudge_IsDueAgainOnlyAfterTheLease(string now, int minutesAgo, string expected)
    {
        var at = DateTimeOffset.Parse(now);
        var input = Input(at) with
        {
            Roster = [s_ber],
            Actions = [Done("ber", ScheduledActionKind.Nudge) with { State = ActionState.Sending, UpdatedAt = at.AddMinutes(-minutesAgo) }],
        };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal(expected, Describe(due));
    }

    [Fact]
    public void Plan_FailedNudge_IsNotRetriedButRemindersAreTried()
    {
        var input = Input(DateTimeOffset.Parse("2026-11-29T19:00:00Z")) with
        {
            Roster = [s_ber],
            Actions = [Done("ber", ScheduledActionKind.Nudge) with { State = ActionState.Failed, Detail = "unreachable: no conversation" }],
        };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal("Reminder1:ber", Describe(due));
    }

    [Fact]
    public void Plan_SubmittedSkippedAwayInactiveAndManagers_AreNotChased()
    {
        var monday = s_week.Monday;
        Rep[] roster =
        [
            s_ber,
            Rep("sub", null, "boss"),
            Rep("skip", null, "boss"),
            Rep("away", null, "boss") with { AwayUntil = monday },
            Rep("gone", null, "boss") with { Active = false },
            s_boss,
        ];
        var input = Input(DateTimeOffset.Parse("2026-11-30T07:00:00Z")) with
        {
            Roster = roster,
            Submitted = new HashSet<RepId> { RepId.From("sub") },
            Skipped = new HashSet<RepId> { RepId.From("skip") },
        };

        var due = SchedulePlanner.Plan(input);

        var escalation = Assert.Single(due, d => d.Kind == ScheduledActionKind.Escalation);
        Assert.Equal(["ber"], escalation.Missing.Select(r => r.Id.Value));
        Assert.Equal("Escalation:boss Summary:team", Describe(due));
    }

    [Fact]
    public void Plan_AwayUntilBeforeTheMonday_IsChasedAgain()
    {
        var input = Input(DateTimeOffset.Parse("2026-11-29T15:00:00Z")) with
        {
            Roster = [s_ber with { AwayUntil = s_week.Monday.AddDays(-1) }],
        };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal("Nudge:ber", Describe(due));
    }

    [Fact]
    public void Plan_MissingRepsOfSeveralManagers_OneEscalationPerManagerNamingOnlyTheirReps()
    {
        Rep[] roster =
        [
            Rep("a1", null, "m1"), Rep("a2", null, "m1"), Rep("b1", null, "m2"),
            Rep("orphan", null, null), Rep("lost", null, "not-on-roster"),
            new(s_team.Id, RepId.From("m1"), "M1") { IsManager = true },
            new(s_team.Id, RepId.From("m2"), "M2") { IsManager = true },
        ];
        var input = Input(DateTimeOffset.Parse("2026-11-30T06:00:00Z")) with { Roster = roster };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal("Escalation:m1 Escalation:m2", Describe(due));
        Assert.Equal(["a1", "a2"], due[0].Missing.Select(r => r.Id.Value));
        Assert.Equal(["b1"], due[1].Missing.Select(r => r.Id.Value));
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T06:00:00Z"), due[0].DueAt);
    }

    [Theory]
    [InlineData("2026-11-30T08:00:00Z", false)] // at the call: still on time
    [InlineData("2026-11-30T08:01:00Z", true)]  // after the call: late
    public void Plan_SummaryCaughtUp_IsMarkedLateOnlyAfterTheCall(string now, bool late)
    {
        var input = Input(DateTimeOffset.Parse(now)) with { Roster = [] };

        var due = SchedulePlanner.Plan(input);

        var summary = Assert.Single(due);
        Assert.Equal(ScheduledActionKind.Summary, summary.Kind);
        Assert.Equal(late, summary.Late);
    }

    [Fact]
    public void Plan_PausedTeam_ReturnsNothing()
    {
        var input = Input(DateTimeOffset.Parse("2026-11-30T07:00:00Z")) with { Team = s_team with { Paused = true } };

        Assert.Empty(SchedulePlanner.Plan(input));
    }

    [Theory]
    [InlineData("2026-12-01", 0)] // team set up after this week's Monday: the week it never ran is not caught up
    [InlineData("2026-11-30", 1)] // starts with this week
    [InlineData(null, 1)]         // no limit
    public void Plan_WeekBeforeScheduleStart_ReturnsNothing(string? startsOn, int expectAny)
    {
        var team = s_team with { ScheduleStartsOn = startsOn is null ? null : DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture) };
        var input = Input(DateTimeOffset.Parse("2026-11-30T07:00:00Z")) with { Team = team };

        Assert.Equal(expectAny == 1, SchedulePlanner.Plan(input).Count > 0);
    }

    [Fact]
    public void Plan_SkippedWeek_ReturnsNothing()
    {
        var team = s_team with { SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_week] = "Christmas" } };
        var input = Input(DateTimeOffset.Parse("2026-11-30T07:00:00Z")) with { Team = team };

        Assert.Empty(SchedulePlanner.Plan(input));
    }

    [Theory]
    [InlineData("2026-11-29T18:00:00Z", false)] // recorded before the Monday deadline: the holiday counts
    [InlineData("2026-11-30T09:05:00Z", true)]  // recorded after it: the week stands (summary, missing reps)
    public void Plan_HolidayRecordedAfterTheDeadline_DoesNotSkipTheWeek(string recordedAt, bool weekStands)
    {
        var team = s_team with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [s_week] = "Christmas" },
            HolidaysRecordedAt = new Dictionary<ForecastWeek, DateTimeOffset> { [s_week] = DateTimeOffset.Parse(recordedAt, System.Globalization.CultureInfo.InvariantCulture) },
        };
        var input = Input(DateTimeOffset.Parse("2026-11-30T09:10:00Z", System.Globalization.CultureInfo.InvariantCulture)) with { Team = team };

        var due = SchedulePlanner.Plan(input);

        Assert.Equal(weekStands, due.Any(a => a.Kind == ScheduledActionKind.Summary));
        Assert.Equal(weekStands, TeamHoliday.IsRecordedLate(team, s_week));
        Assert.Equal(!weekStands, TeamHoliday.Counts(team, s_week));
    }

    [Fact]
    public void Plan_EverythingCompleted_ReturnsNothing()
    {
        var input = Input(DateTimeOffset.Parse("2026-11-30T07:00:00Z")) with
        {
            Actions = [Done("boss", ScheduledActionKind.Escalation), Done(ActionRecord.TeamSubject, ScheduledActionKind.Summary)],
        };

        Assert.Empty(SchedulePlanner.Plan(input));
    }

    private static SchedulePlanInput Input(DateTimeOffset now) =>
        new(s_team, [s_ber, s_lax, s_boss], s_week, new HashSet<RepId>(), new HashSet<RepId>(), [], now);

    private static Rep Rep(string id, string? zone, string? manager) =>
        new(s_team.Id, RepId.From(id), "Rep " + id) { TimeZoneId = zone, ManagerId = manager is null ? null : RepId.From(manager) };

    private static ActionRecord Done(string subject, ScheduledActionKind kind) =>
        new(s_team.Id, s_week, subject, kind) { State = ActionState.Completed, UpdatedAt = DateTimeOffset.Parse("2026-11-29T00:00:00Z") };

    private static string Describe(IEnumerable<DueAction> due) => string.Join(" ", due.Select(d => $"{d.Kind}:{d.Subject}"));
}
