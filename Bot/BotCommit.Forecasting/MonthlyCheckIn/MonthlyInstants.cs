using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// The instants of month m's monthly forecast, read off the weekly schedule of m's due week
/// (<see cref="MonthlyCalendar.DueWeek"/>): the deadline is that week's deadline, the review's scheduled time that week's
/// summary time. The review cutoff of <see cref="MonthlyForecastResolver"/> is the review's posting instant when it was
/// posted, else its scheduled time.
/// </summary>
public static class MonthlyInstants
{
    /// <summary>The week's schedule of m's due week.</summary>
    public static ScheduleInstants For(TeamSettings team, YearMonth month) => ScheduleInstants.For(team, MonthlyCalendar.DueWeek(month));

    /// <summary>The instant the monthly review of m was posted (its delivery record), else its scheduled time.</summary>
    public static async Task<DateTimeOffset> ReviewCutoffAsync(IActionLog actions, TeamSettings team, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(team);
        var week = MonthlyCalendar.DueWeek(month);
        var review = await actions.GetAsync(team.Id, week, ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview, cancellationToken);
        return review is { Value: { State: ActionState.Completed } posted } ? posted.UpdatedAt : ScheduleInstants.For(team, week).Summary;
    }

    /// <summary>
    /// The latest month whose review was due by <paramref name="now"/>: the team's current month (on the team's clock) once
    /// its review's scheduled time has come, else the month before (what a month's export takes by default).
    /// </summary>
    public static YearMonth LatestDueReview(TeamSettings team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        var local = TimeZoneInfo.ConvertTime(now, TimeZones.FindOrUtc(team.TimeZoneId));
        var month = YearMonth.Of(DateOnly.FromDateTime(local.DateTime));
        return now >= For(team, month).Summary ? month : month.AddMonths(-1);
    }

    /// <summary>The month whose card a rep's own turn shows at <paramref name="now"/>: the month of the rep's review week's Monday.</summary>
    public static YearMonth CardMonth(TeamSettings team, Rep rep, DateTimeOffset now) => ReviewWeek.ForRep(team, rep, now).Month;
}
