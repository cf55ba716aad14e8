using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using static BotCommit.Testing.Scheduling.ScheduleWorld;
using K = BotCommit.Forecasting.Ports.ScheduledActionKind;

namespace BotCommit.Forecasting.Tests.Scheduling;

/// <summary>
/// Issue #16: a week of a team in Shanghai and one in Taipei (both UTC+8, no daylight saving), walked minute by minute
/// on the fake clock with the default schedule. Week 2026-W50 (Monday 2026-12-07): the nudge at Sunday 16:00 local is
/// 08:00Z, the deadline Monday 07:00 local is still Sunday 23:00Z, the summary Monday 08:00 local is Monday 00:00Z — the
/// UTC day and the team's day differ for the deadline, and the week is the team's.
/// </summary>
public sealed class ChineseTeamWeekTests
{
    private static readonly ForecastWeek W50 = ForecastWeek.FromMonday(new DateOnly(2026, 12, 7));

    [Theory]
    [InlineData("Asia/Shanghai", "zh-CN")]
    [InlineData("Asia/Taipei", "zh-TW")]
    public async Task WholeWeek_InAChineseZone_SendsEachActionOnceAtTheTeamsLocalTimes(string zone, string culture)
    {
        var world = new ScheduleWorld(Utc(2026, 12, 5, 12));
        var team = await world.AddTeamAsync("t", zone, t => t with { Culture = culture, Currency = "CNY", ScheduleStartsOn = W50.Monday });
        await world.AddManagerAsync(team, "m1");
        await world.AddRepAsync(team, "late", null, "m1");
        await world.AddRepAsync(team, "ontime", null, "m1");

        await world.WalkAsync(Utc(2026, 12, 7, 2), beforeTick: async now =>
        {
            // Sunday 18:00 local: "ontime" submits after the nudge, before the first reminder.
            if (now == Utc(2026, 12, 6, 10))
            {
                await world.SubmitAsync(team.Id, W50, "ontime");
            }
        });

        Expect.ExactlyOnceOnTime(
            world.Notifier.Calls,
            new Expect.Send("late", K.Nudge, Utc(2026, 12, 6, 8)),           // Sun 16:00 +08
            new Expect.Send("ontime", K.Nudge, Utc(2026, 12, 6, 8)),
            new Expect.Send("late", K.Reminder1, Utc(2026, 12, 6, 12)),      // Sun 20:00 +08
            new Expect.Send("late", K.Reminder2, Utc(2026, 12, 6, 22, 30)),  // Mon 06:30 +08 (Sunday in UTC)
            new Expect.Send("m1", K.Escalation, Utc(2026, 12, 6, 23)),       // the deadline, Mon 07:00 +08
            new Expect.Send(ActionRecord.TeamSubject, K.Summary, Utc(2026, 12, 7, 0)));
        Assert.All(world.Notifier.Calls, c => Assert.Equal(W50, c.Week));
        Assert.Equal(["late"], world.Notifier.Calls.Single(c => c.Kind == K.Escalation).Missing);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("Asia/Taipei")]
    public void SubmissionWeek_MondayMorningLocal_IsThatWeekAlthoughItIsSundayInUtc(string zone)
    {
        // Monday 2026-12-07 06:59 local = Sunday 22:59Z; Sunday 2026-12-06 07:59 local = Saturday 23:59Z (coming week).
        Assert.Equal(W50, ForecastWeek.ForSubmissionAt(Utc(2026, 12, 6, 22, 59), TimeZones.Find(zone)));
        Assert.Equal(W50, ForecastWeek.ForSubmissionAt(Utc(2026, 12, 5, 23, 59), TimeZones.Find(zone)));
        Assert.Equal(W50.Previous, ForecastWeek.ForSubmissionAt(Utc(2026, 12, 5, 15, 59), TimeZones.Find(zone)));
    }
}
