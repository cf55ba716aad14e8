using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Decides, for one team and review week, which scheduled actions are due at an instant. Pure: no clock, no I/O;
/// instants come from <see cref="ScheduleInstants"/>. The rules:
/// <list type="bullet">
/// <item>A paused team, a holiday week recorded in time (<see cref="TeamHoliday"/>), or a week before
/// <see cref="TeamSettings.ScheduleStartsOn"/>, gets nothing.</item>
/// <item>Expected reps are active roster members who are not managers, not away for the week
/// (<see cref="Rep.IsAwayOn"/>) and have not skipped it. Only they are nudged, reminded or escalated, and only
/// while they have not submitted.</item>
/// <item>Nudge: due from its rep-local instant until the deadline. Reminders wait until the rep's nudge is
/// finished (completed or failed); then only the latest reminder whose instant has passed is due, so after a gap
/// a rep gets one reminder, not a burst; and a reminder whose instant was already past when the nudge was recorded
/// is covered by that (late) nudge. No nudge and no reminder at or after the deadline.</item>
/// <item>Escalation: from the deadline on, one per manager (<see cref="Rep.ManagerId"/>, an active roster member)
/// naming their expected reps who have still not submitted. Reps without such a manager appear only in the summary.</item>
/// <item>Summary: from its instant on, always (catch-up included); <see cref="DueAction.Late"/> when now is after the call.</item>
/// <item>An action is due only while its record is absent, or is a claim older than the lease (abandoned by a
/// crashed instance, or a retry-later). Completed and failed actions are never due again.</item>
/// </list>
/// </summary>
public static class SchedulePlanner
{
    /// <summary>The actions due at <see cref="SchedulePlanInput.Now"/>, in roster order, then escalations, then the summary.</summary>
    /// <exception cref="TimeZoneNotFoundException">The team's zone id is unknown on this machine.</exception>
    public static IReadOnlyList<DueAction> Plan(SchedulePlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var team = input.Team;
        if (team.Paused || team.IsClosed || TeamHoliday.Counts(team, input.Week)
            || (team.ScheduleStartsOn is { } start && input.Week.Monday < start))
        {
            return [];
        }

        var instants = ScheduleInstants.For(team, input.Week);
        var records = Index(input);
        var now = input.Now;
        var due = new List<DueAction>();
        var missing = new List<Rep>();
        foreach (var rep in input.Roster)
        {
            if (rep.Team != team.Id || !IsExpected(rep, input) || input.Submitted.Contains(rep.Id))
            {
                continue;
            }

            if (now >= instants.Deadline)
            {
                missing.Add(rep);
                continue;
            }

            if (PersonalActionFor(rep, instants, records, input) is { } action)
            {
                due.Add(action);
            }
        }

        if (now >= instants.Deadline)
        {
            due.AddRange(Escalations(input, instants, records, missing));
        }

        if (now >= instants.Summary && IsOpen(records.GetValueOrDefault((ActionRecord.TeamSubject, ScheduledActionKind.Summary)), input))
        {
            due.Add(DueAction.Summary(instants.Summary, late: now > instants.Call));
        }

        return due;
    }

    /// <summary>Active, not a manager, not away for the week and not skipped: the reps the schedule chases.</summary>
    public static bool IsExpected(Rep rep, ForecastWeek week, IReadOnlySet<RepId> skipped)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(skipped);
        return rep.Active && !rep.IsManager && !rep.IsAwayOn(week.Monday) && !skipped.Contains(rep.Id);
    }

    private static bool IsExpected(Rep rep, SchedulePlanInput input) => IsExpected(rep, input.Week, input.Skipped);

    private static DueAction? PersonalActionFor(
        Rep rep, ScheduleInstants instants, Dictionary<(string, ScheduledActionKind), ActionRecord> records, SchedulePlanInput input)
    {
        var now = input.Now;
        var nudgeAt = instants.NudgeFor(rep);
        if (now < nudgeAt)
        {
            return null;
        }

        var nudge = records.GetValueOrDefault((rep.Id.Value, ScheduledActionKind.Nudge));
        if (IsOpen(nudge, input))
        {
            return DueAction.Nudge(rep, nudgeAt);
        }

        if (nudge is not { State: ActionState.Completed or ActionState.Failed })
        {
            return null; // the nudge is being sent by someone else: reminders wait for it
        }

        // A reminder whose time had passed when the nudge went out (a late nudge after a gap) is covered by the nudge.
        var latestNumber = 0;
        var latestAt = DateTimeOffset.MinValue;
        for (var number = 1; number <= instants.ReminderCount; number++)
        {
            var at = instants.ReminderFor(rep, number);
            if (at <= now && at > nudge.UpdatedAt && at >= latestAt)
            {
                latestNumber = number;
                latestAt = at;
            }
        }

        if (latestNumber == 0)
        {
            return null;
        }

        var reminder = DueAction.Reminder(rep, latestNumber, latestAt);
        return IsOpen(records.GetValueOrDefault((rep.Id.Value, reminder.Kind)), input) ? reminder : null;
    }

    private static IEnumerable<DueAction> Escalations(
        SchedulePlanInput input, ScheduleInstants instants, Dictionary<(string, ScheduledActionKind), ActionRecord> records, List<Rep> missing)
    {
        var members = new Dictionary<RepId, Rep>();
        foreach (var member in input.Roster.Where(r => r.Team == input.Team.Id))
        {
            members.TryAdd(member.Id, member);
        }

        var byManager = missing
            .Where(r => r.ManagerId is { } id && id != r.Id)
            .GroupBy(r => r.ManagerId!.Value)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal);
        foreach (var group in byManager)
        {
            if (!members.TryGetValue(group.Key, out var manager) || !manager.Active)
            {
                continue;
            }

            if (IsOpen(records.GetValueOrDefault((manager.Id.Value, ScheduledActionKind.Escalation)), input))
            {
                var reps = group
                    .OrderBy(r => r.DisplayName, NameOrder.For(input.Team.Culture))
                    .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
                    .ToList();
                yield return DueAction.Escalation(manager, reps, instants.Deadline);
            }
        }
    }

    // A pending record was refused for now (nothing arrived) and goes again at once. A stale Sending record is due too:
    // the runner then records it as "delivery unknown" instead of sending again.
    private static bool IsOpen(ActionRecord? record, SchedulePlanInput input) =>
        record is null
        || record.State == ActionState.Pending
        || ((record.State is ActionState.Claimed or ActionState.Sending) && input.Now - record.UpdatedAt >= input.ClaimLease);

    private static Dictionary<(string, ScheduledActionKind), ActionRecord> Index(SchedulePlanInput input)
    {
        var records = new Dictionary<(string, ScheduledActionKind), ActionRecord>();
        foreach (var record in input.Actions)
        {
            if (record.Team == input.Team.Id && record.Week == input.Week)
            {
                records.TryAdd((record.Subject, record.Kind), record);
            }
        }

        return records;
    }
}
