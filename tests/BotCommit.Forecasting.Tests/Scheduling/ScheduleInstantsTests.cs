using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

using BotCommit.Testing.Scheduling;

namespace BotCommit.Forecasting.Tests.Scheduling;

public sealed class ScheduleInstantsTests
{
    public static TheoryData<string, string, string, string> NudgeRows => new()
    {
        // zone, Monday of the week, nudge (Sunday local), expected instant (UTC)
        { "Europe/Berlin", "2026-11-30", "16:00", "2026-11-29T15:00:00Z" },
        { "Asia/Kolkata", "2026-11-30", "16:00", "2026-11-29T10:30:00Z" }, // half-hour offset, no DST
        { "Pacific/Auckland", "2026-11-30", "16:00", "2026-11-29T03:00:00Z" }, // ahead of UTC: 03:00 UTC the same Sunday
        { "America/Los_Angeles", "2026-11-30", "16:00", "2026-11-30T00:00:00Z" }, // behind UTC: Monday in UTC
        // Berlin spring forward Sun 2026-03-29: 02:00 CET -> 03:00 CEST; 02:30 does not exist -> 03:30 CEST
        { "Europe/Berlin", "2026-03-30", "02:30", "2026-03-29T01:30:00Z" },
        // Berlin fall back Sun 2026-10-25: 03:00 CEST -> 02:00 CET; 02:30 happens twice -> the first (CEST)
        { "Europe/Berlin", "2026-10-26", "02:30", "2026-10-25T00:30:00Z" },
        // LA spring forward Sun 2026-03-08: 02:00 PST -> 03:00 PDT; 02:30 -> 03:30 PDT
        { "America/Los_Angeles", "2026-03-09", "02:30", "2026-03-08T10:30:00Z" },
        // LA fall back Sun 2026-11-01: 02:00 PDT -> 01:00 PST; 01:30 twice -> the first (PDT)
        { "America/Los_Angeles", "2026-11-02", "01:30", "2026-11-01T08:30:00Z" },
        // Auckland fall back Sun 2026-04-05: 03:00 NZDT -> 02:00 NZST; 02:30 twice -> the first (NZDT, +13)
        { "Pacific/Auckland", "2026-04-06", "02:30", "2026-04-04T13:30:00Z" },
        // Auckland spring forward Sun 2026-09-27: 02:00 NZST -> 03:00 NZDT; 02:30 -> 03:30 NZDT (+13)
        { "Pacific/Auckland", "2026-09-28", "02:30", "2026-09-26T14:30:00Z" },
    };

    [Theory]
    [MemberData(nameof(NudgeRows))]
    public void NudgeFor_SundayLocalTime_IsTheSundayBeforeTheMondayInTheRepsZone(string zone, string monday, string nudge, string expected)
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "UTC", Schedule = WeeklySchedule.Default with { Nudge = new(DayOfWeek.Sunday, TimeOnly.Parse(nudge)) } };
        var instants = ScheduleInstants.For(team, ForecastWeek.FromMonday(DateOnly.Parse(monday)));
        var rep = new Rep(team.Id, RepId.From("r"), "R") { TimeZoneId = zone };

        var at = instants.NudgeFor(rep);

        Assert.Equal(DateTimeOffset.Parse(expected), at);
    }

    public static TheoryData<string, string, string, string, string> TeamRows => new()
    {
        // zone, Monday, expected deadline (Mon 07:00), summary (08:00), call (09:00), all UTC
        { "Europe/Berlin", "2026-11-30", "2026-11-30T06:00:00Z", "2026-11-30T07:00:00Z", "2026-11-30T08:00:00Z" },
        { "Asia/Kolkata", "2026-11-30", "2026-11-30T01:30:00Z", "2026-11-30T02:30:00Z", "2026-11-30T03:30:00Z" },
        // the Monday after Berlin's spring forward: already CEST (+2)
        { "Europe/Berlin", "2026-03-30", "2026-03-30T05:00:00Z", "2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z" },
        // the Monday after Auckland's fall back: NZST (+12), so Sunday in UTC
        { "Pacific/Auckland", "2026-04-06", "2026-04-05T19:00:00Z", "2026-04-05T20:00:00Z", "2026-04-05T21:00:00Z" },
        // the Monday after LA's fall back: PST (-8)
        { "America/Los_Angeles", "2026-11-02", "2026-11-02T15:00:00Z", "2026-11-02T16:00:00Z", "2026-11-02T17:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(TeamRows))]
    public void For_DefaultSchedule_ReadsDeadlineSummaryAndCallOnTheTeamsZone(string zone, string monday, string deadline, string summary, string call)
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = zone };

        var instants = ScheduleInstants.For(team, ForecastWeek.FromMonday(DateOnly.Parse(monday)));

        Assert.Equal(DateTimeOffset.Parse(deadline), instants.Deadline);
        Assert.Equal(DateTimeOffset.Parse(summary), instants.Summary);
        Assert.Equal(DateTimeOffset.Parse(call), instants.Call);
    }

    [Fact]
    public void ReminderFor_RepLocalAndTeamLocalReminders_UseTheirOwnClocks()
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "Europe/Berlin" };
        var instants = ScheduleInstants.For(team, ForecastWeek.FromMonday(new DateOnly(2026, 11, 30)));
        var rep = new Rep(team.Id, RepId.From("r"), "R") { TimeZoneId = "America/Los_Angeles" };

        var first = instants.ReminderFor(rep, 1);
        var second = instants.ReminderFor(rep, 2);

        Assert.Equal(DateTimeOffset.Parse("2026-11-30T04:00:00Z"), first); // Sunday 20:00 PST
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T05:30:00Z"), second); // Monday 06:30 CET
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void ZoneOf_RepWithoutAKnownZone_FallsBackToTheTeamsZone(string? zone)
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "Asia/Kolkata" };
        var instants = ScheduleInstants.For(team, ForecastWeek.FromMonday(new DateOnly(2026, 11, 30)));
        var rep = new Rep(team.Id, RepId.From("r"), "R") { TimeZoneId = zone };

        var nudge = instants.NudgeFor(rep);

        Assert.Equal(DateTimeOffset.Parse("2026-11-29T10:30:00Z"), nudge);
    }

    [Fact]
    public void Opening_RepsInSeveralZones_IsTheEarliestNudge()
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "Europe/Berlin" };
        var instants = ScheduleInstants.For(team, ForecastWeek.FromMonday(new DateOnly(2026, 11, 30)));
        Rep[] roster =
        [
            new(team.Id, RepId.From("lax"), "L") { TimeZoneId = "America/Los_Angeles" },
            new(team.Id, RepId.From("akl"), "A") { TimeZoneId = "Pacific/Auckland" },
        ];

        var opening = instants.Opening(roster);

        Assert.Equal(DateTimeOffset.Parse("2026-11-29T03:00:00Z"), opening); // Auckland, Sunday 16:00 NZDT
    }

    [Fact]
    public void For_UnknownTeamZone_Throws()
    {
        var team = new TeamSettings(TeamId.From("t")) { TimeZoneId = "Nowhere/Special" };

        Assert.Throws<TimeZoneNotFoundException>(() => ScheduleInstants.For(team, ForecastWeek.FromMonday(new DateOnly(2026, 11, 30))));
    }
}
