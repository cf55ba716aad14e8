using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Status;

/// <summary>
/// The admin's <c>status</c> for the week the schedule works on (<see cref="ReviewWeek.ForRoster"/>): each active rep
/// (managers excluded, by name) as submitted on time, late (the summary's rule), away (a skip with its reason, or the
/// roster's date) or missing, and whether their card's delivery is unknown. Reads the roster, the week's submissions and
/// its delivery records once each.
/// </summary>
public sealed class ReadTeamStatus
{
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IActionLog _actions;
    private readonly TimeProvider _clock;

    public ReadTeamStatus(IRosterStore roster, ISubmissionStore submissions, IActionLog actions, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(clock);
        _roster = roster;
        _submissions = submissions;
        _actions = actions;
        _clock = clock;
    }

    public async Task<TeamWeekStatus> ReadAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var roster = await _roster.ListAsync(team.Id, cancellationToken);
        var week = ReviewWeek.ForRoster(team, roster, _clock.GetUtcNow());
        var deadline = ScheduleInstants.For(team, week).Deadline;
        var byRep = (await _submissions.ListWeekAsync(team.Id, week, cancellationToken)).ToDictionary(s => s.Rep);
        var unknown = (await _actions.ListWeekAsync(team.Id, week, cancellationToken))
            .Where(r => r.Kind is ScheduledActionKind.Nudge or ScheduledActionKind.Reminder1 or ScheduledActionKind.Reminder2 && r.IsDeliveryUnknown)
            .Select(r => r.Subject)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reps = roster
            .Where(r => r.Active && !r.IsManager)
            .OrderBy(r => r.DisplayName.Length > 0 ? r.DisplayName : r.Id.Value, NameOrder.For(team.Culture))
            .Select(rep => StateOf(rep, byRep.GetValueOrDefault(rep.Id), week.Monday, deadline) with
            {
                DeliveryUnknown = unknown.Contains(rep.Id.Value) && byRep.GetValueOrDefault(rep.Id)?.Status != SubmissionStatus.Submitted,
            })
            .ToList();
        return new TeamWeekStatus(team, week, deadline, reps);
    }

    private static RepWeekState StateOf(Rep rep, Submission? submission, DateOnly monday, DateTimeOffset deadline) => submission?.Status switch
    {
        SubmissionStatus.Submitted => new RepWeekState(rep, submission.IsLateFor(deadline) ? RepState.Late : RepState.OnTime),
        SubmissionStatus.Skipped when submission.IsTimelySkip(deadline) => new RepWeekState(rep, RepState.Away) { Reason = submission.SkipReason },
        _ when rep.IsAwayFor(monday, deadline) => new RepWeekState(rep, RepState.Away) { AwayUntil = rep.AwayUntil, Reason = rep.AwayReason },
        _ => new RepWeekState(rep, RepState.Missing),
    };
}
