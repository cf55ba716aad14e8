using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Decides which monthly-forecast actions are due for one team at an instant (pure), on the weekly schedule of month m's
/// due week (<see cref="MonthlyCalendar.DueWeek"/>; in any other week nothing is due):
/// <list type="bullet">
/// <item>Nothing for a team whose monthly forecast is off, a paused or closed team, a holiday week recorded in time, or a
/// week before the schedule starts.</item>
/// <item>Expected reps are those the weekly schedule chases (<see cref="SchedulePlanner.IsExpected(Rep, Periods.ForecastWeek, IReadOnlySet{RepId})"/>:
/// active, not managers, not away, not skipped): 100 % submission, no exceptions. Only while they have no monthly
/// submission for m are they nudged, reminded or escalated.</item>
/// <item>Monthly nudge: from the rep's weekly nudge instant until the deadline, and only once the rep's weekly nudge is
/// finished (completed or failed) or will not come (the week is submitted): the weekly card always arrives first, the
/// monthly card after it as a message of its own.</item>
/// <item>Monthly reminder: one, at the rep's last weekly reminder instant (none when the team has no reminders), once the
/// monthly nudge is finished and only if that instant came after it; never at or after the deadline.</item>
/// <item>Monthly escalation: from the deadline, one per manager naming their expected reps still without a forecast.</item>
/// <item>Monthly review: from the week's summary time on, once (catch-up included).</item>
/// <item>Monthly review sent privately: when the managers' channel gets the team figures only
/// (<see cref="SummaryAudience.ChannelGetsDetails"/>), one per manager and admin (<see cref="SummaryAudience.PrivateReaders"/>)
/// once the review is posted (the tick that posts it sends them right after; a send Teams deferred is planned again).</item>
/// <item>An action is due only while its record is absent, pending, or an abandoned claim (older than the lease).</item>
/// </list>
/// </summary>
public static class MonthlySchedulePlanner
{
    public static IReadOnlyList<MonthlyDueAction> Plan(MonthlyPlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var team = input.Team;
        if (MonthlyCalendar.MonthDueIn(input.Week) is not { } month
            || team.MonthlyForecastOff || team.Paused || team.IsClosed || TeamHoliday.Counts(team, input.Week)
            || (team.ScheduleStartsOn is { } start && input.Week.Monday < start))
        {
            return [];
        }

        var instants = ScheduleInstants.For(team, input.Week);
        var records = new Dictionary<(string, ScheduledActionKind), ActionRecord>();
        foreach (var record in input.Actions.Where(r => r.Team == team.Id && r.Week == input.Week))
        {
            records.TryAdd((record.Subject, record.Kind), record);
        }

        var now = input.Now;
        var due = new List<MonthlyDueAction>();
        var missing = new List<Rep>();
        foreach (var rep in input.Roster)
        {
            if (rep.Team != team.Id || !SchedulePlanner.IsExpected(rep, input.Week, input.WeeklySkipped) || input.MonthlySubmitted.Contains(rep.Id))
            {
                continue;
            }

            if (now >= instants.Deadline)
            {
                missing.Add(rep);
            }
            else if (PersonalActionFor(rep, month, instants, records, input) is { } action)
            {
                due.Add(action);
            }
        }

        if (now >= instants.Deadline)
        {
            due.AddRange(Escalations(input, month, instants, records, missing));
        }

        if (now >= instants.Summary && IsOpen(records.GetValueOrDefault((ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview)), input))
        {
            due.Add(new MonthlyDueAction(ScheduledActionKind.MonthlyReview, ActionRecord.TeamSubject, month, instants.Summary));
        }
        else if (records.GetValueOrDefault((ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview)) is { State: ActionState.Completed } posted)
        {
            due.AddRange(PrivateReviews(input, month, posted.UpdatedAt).Where(a => IsOpen(records.GetValueOrDefault((a.Subject, a.Kind)), input)));
        }

        return due;
    }

    private static MonthlyDueAction? PersonalActionFor(
        Rep rep, Periods.YearMonth month, ScheduleInstants instants, Dictionary<(string, ScheduledActionKind), ActionRecord> records, MonthlyPlanInput input)
    {
        var now = input.Now;
        var nudgeAt = instants.NudgeFor(rep);
        if (now < nudgeAt)
        {
            return null;
        }

        var weekly = records.GetValueOrDefault((rep.Id.Value, ScheduledActionKind.Nudge));
        if (!input.WeeklySubmitted.Contains(rep.Id) && weekly is not { State: ActionState.Completed or ActionState.Failed })
        {
            return null; // the weekly card goes first
        }

        var nudge = records.GetValueOrDefault((rep.Id.Value, ScheduledActionKind.MonthlyNudge));
        if (IsOpen(nudge, input))
        {
            return new MonthlyDueAction(ScheduledActionKind.MonthlyNudge, rep.Id.Value, month, nudgeAt) { Person = rep };
        }

        if (nudge is not { State: ActionState.Completed or ActionState.Failed } || instants.ReminderCount == 0)
        {
            return null;
        }

        var reminderAt = instants.ReminderFor(rep, instants.ReminderCount);
        return reminderAt <= now && reminderAt > nudge.UpdatedAt
            && IsOpen(records.GetValueOrDefault((rep.Id.Value, ScheduledActionKind.MonthlyReminder)), input)
            ? new MonthlyDueAction(ScheduledActionKind.MonthlyReminder, rep.Id.Value, month, reminderAt) { Person = rep }
            : null;
    }

    private static IEnumerable<MonthlyDueAction> Escalations(
        MonthlyPlanInput input, Periods.YearMonth month, ScheduleInstants instants, Dictionary<(string, ScheduledActionKind), ActionRecord> records, List<Rep> missing)
    {
        var members = new Dictionary<RepId, Rep>();
        foreach (var member in input.Roster.Where(r => r.Team == input.Team.Id))
        {
            members.TryAdd(member.Id, member);
        }

        foreach (var group in missing.Where(r => r.ManagerId is { } id && id != r.Id).GroupBy(r => r.ManagerId!.Value).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            if (members.TryGetValue(group.Key, out var manager) && manager.Active
                && IsOpen(records.GetValueOrDefault((manager.Id.Value, ScheduledActionKind.MonthlyEscalation)), input))
            {
                List<Rep> reps = [.. group.OrderBy(r => r.DisplayName, NameOrder.For(input.Team.Culture)).ThenBy(r => r.Id.Value, StringComparer.Ordinal)];
                yield return new MonthlyDueAction(ScheduledActionKind.MonthlyEscalation, manager.Id.Value, month, instants.Deadline) { Person = manager, Missing = reps };
            }
        }
    }

    /// <summary>
    /// The review's private copies when the managers' channel gets the team figures only: one per manager and admin
    /// (<see cref="SummaryAudience.PrivateReaders"/>), subject the recipient; none when the channel gets the details.
    /// </summary>
    public static IReadOnlyList<MonthlyDueAction> PrivateReviews(MonthlyPlanInput input, Periods.YearMonth month, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (SummaryAudience.ChannelGetsDetails(input.Team))
        {
            return [];
        }

        var members = input.Roster.Where(r => r.Team == input.Team.Id).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        return [.. SummaryAudience.PrivateReaders(input.Team, members.Values).Select(id =>
            new MonthlyDueAction(ScheduledActionKind.MonthlyReviewPrivate, id.Value, month, dueAt) { Person = members.GetValueOrDefault(id) })];
    }

    private static bool IsOpen(ActionRecord? record, MonthlyPlanInput input) =>
        record is null
        || record.State == ActionState.Pending
        || ((record.State is ActionState.Claimed or ActionState.Sending) && input.Now - record.UpdatedAt >= input.ClaimLease);
}
