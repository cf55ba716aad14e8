using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Time zone, weekly times, reminders, pause/resume and holiday weeks, typed in the managers' channel.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ScheduleCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("set timezone Europe/Berlin", "Europe/Berlin")]
    [InlineData("set time zone europe/berlin", "Europe/Berlin")]
    [InlineData("tz   America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("set timezone W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("SET TZ Pacific/Auckland", "Pacific/Auckland")]
    public async Task SetTimeZone_ValidId_StoresIanaConfirmsAndAudits(string command, string expected)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(expected, (await _host.TeamAsync()).TimeZoneId);
        Assert.Contains("Time zone changed", answer, StringComparison.Ordinal);
        Assert.Contains("Now: " + expected.Replace("_", "\\_", StringComparison.Ordinal), answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("timeZone", "UTC", expected), (entry.Setting, entry.OldValue, entry.NewValue));
        Assert.Equal(People.Olivia.AadObjectId, entry.Actor.Value);
        Assert.Equal(CommandHost.Now, entry.At);
    }

    public static TheoryData<string, string, DayOfWeek, int, int> WeeklyTimes => new()
    {
        { "set deadline Monday 07:45", "deadline", DayOfWeek.Monday, 7, 45 },
        { "set deadline mon 7:30am", "deadline", DayOfWeek.Monday, 7, 30 },
        { "set deadline 6.45 on MONDAY", "deadline", DayOfWeek.Monday, 6, 45 },
        { "set nudge sun 5pm", "nudge", DayOfWeek.Sunday, 17, 0 },
        { "set nudge time Sunday 1200", "nudge", DayOfWeek.Sunday, 12, 0 },
        { "set summary Monday at 8:30", "summaryTime", DayOfWeek.Monday, 8, 30 },
        { "set call Tue 10 AM", "callTime", DayOfWeek.Tuesday, 10, 0 },
    };

    [Theory]
    [MemberData(nameof(WeeklyTimes))]
    public async Task SetWeeklyTime_DayAndTimeInAnyForm_StoresConfirmsAndAudits(string command, string setting, DayOfWeek day, int hour, int minute)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        var schedule = (await _host.TeamAsync()).Schedule;
        var stored = setting switch
        {
            "deadline" => schedule.Deadline,
            "nudge" => schedule.Nudge,
            "summaryTime" => schedule.Summary,
            _ => schedule.Call,
        };
        var expected = new LocalWeeklyTime(day, new TimeOnly(hour, minute));
        Assert.Equal(expected, stored);
        Assert.Contains("changed", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(setting, entry.Setting);
        Assert.Equal(expected.ToString(), entry.NewValue);
    }

    [Fact]
    public async Task SetDeadline_BeforeTheNudge_IsRefusedWithTheOrderAndNothingChanges()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set deadline Sunday 10:00"));

        Assert.Contains("out of order", answer, StringComparison.Ordinal);
        Assert.Equal(WeeklySchedule.Default.Deadline, (await _host.TeamAsync()).Schedule.Deadline);
        Assert.Empty(await _host.AuditAsync());
    }

    [Fact]
    public async Task SetReminder_TwoTimes_StoresThemOnTheRightClocks()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set reminders mon 6am, Sunday 21:00"));

        var reminders = (await _host.TeamAsync()).Schedule.Reminders;
        Assert.Equal(
            [
                new ScheduledReminder(new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(21, 0)), ScheduleClock.RepLocal),
                new ScheduledReminder(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(6, 0)), ScheduleClock.TeamLocal),
            ],
            reminders);
        Assert.Contains("Reminders changed", answer, StringComparison.Ordinal);
        Assert.Equal("reminders", Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task SetReminder_None_RemovesThem()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set reminder none"));

        Assert.Empty((await _host.TeamAsync()).Schedule.Reminders);
    }

    [Fact]
    public async Task PauseThenResume_FlipsPausedAndAuditsBoth()
    {
        var paused = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "pause"));
        Assert.True((await _host.TeamAsync()).Paused);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        var resumed = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "Resume"));

        Assert.False((await _host.TeamAsync()).Paused);
        Assert.Contains("Schedule paused", paused, StringComparison.Ordinal);
        Assert.Contains("Schedule running again", resumed, StringComparison.Ordinal);
        Assert.Equal(["true", "false"], (await _host.AuditAsync()).Select(a => a.NewValue).Reverse());
    }

    [Fact]
    public async Task Pause_WhenAlreadyPaused_SaysNothingChangedAndAuditsNothing()
    {
        await _host.SaveTeamAsync(await _host.TeamAsync() with { Paused = true });

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "pause"));

        Assert.Contains("Nothing changed", answer, StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
    }

    [Theory]
    [InlineData("skip week 2026-W52 Christmas", "2026-W52", "Christmas")]
    [InlineData("skip week W53: New Year", "2026-W53", "New Year")]
    [InlineData("skip week next week team offsite", "2026-W50", "team offsite")]
    [InlineData("skip 2026-12-21 holidays in Spain", "2026-W52", "holidays in Spain")]
    public async Task SkipWeek_WeekAndReason_MarksTheHolidayAndAudits(string command, string week, string reason)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        var skipped = (await _host.TeamAsync()).SkippedWeeks;
        Assert.Equal(reason, skipped[ForecastWeek.Parse(week)]);
        Assert.Contains($"Week {week}", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("skipWeek:" + week, reason), (entry.Setting, entry.NewValue));
    }

    [Fact]
    public async Task UnskipWeek_SkippedWeek_MakesItRegular()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "skip week 2026-W52 Christmas"));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "unskip week 2026-W52"));

        Assert.Empty((await _host.TeamAsync()).SkippedWeeks);
        Assert.Contains("regular week again", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipWeek_AfterTheWeeksDeadline_IsKeptButTheWeekStands()
    {
        var team = await _host.TeamAsync();
        var week = ReviewWeek.ForRoster(team, [], _host.Clock.GetUtcNow()); // Wednesday: the week's Monday deadline has passed
        Assert.True(_host.Clock.GetUtcNow() > ScheduleInstants.For(team, week).Deadline);

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, $"skip week {week} offsite"));

        var stored = await _host.TeamAsync();
        Assert.Equal("offsite", stored.SkippedWeeks[week]);
        Assert.Equal(_host.Clock.GetUtcNow(), stored.HolidaysRecordedAt[week]);
        Assert.False(TeamHoliday.Counts(stored, week));
        Assert.Contains("deadline has passed", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipWeek_PastWeek_IsRefused()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "skip week 2026-W40 too late"));

        Assert.Contains("already over", answer, StringComparison.Ordinal);
        Assert.Empty((await _host.TeamAsync()).SkippedWeeks);
    }
}
