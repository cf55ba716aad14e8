using System.Runtime.CompilerServices;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// One tick of the schedule (the scheduler calls it every minute): for every team, read the settings, roster,
/// the current week's submissions and action records, ask <see cref="SchedulePlanner"/> what is due at the injected
/// clock's now, and run each due action exactly once through the action log (see <see cref="ActionRunner"/>'s
/// claim rules). Every team is planned first; their due work is then interleaved (one action of each team in turn) into
/// a queue drained by at most <see cref="ScheduleRunOptions.MaxConcurrency"/> concurrent sends (never one task per rep),
/// so a big team's fan-out does not hold a small team's nudges back until it is done. Safe to run twice at
/// once, on one instance or several: the claims decide who sends. A team that cannot be planned is reported and
/// skipped; an action that throws is reported, and retried after the lease.
/// </summary>
public sealed class RunScheduleTick
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IActionLog _actions;
    private readonly IRepNotifier _notifier;
    private readonly ISummaryPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly ScheduleRunOptions _options;
    private readonly ActionRunner _runner;

    public RunScheduleTick(
        ITeamSettingsStore settings,
        IRosterStore roster,
        ISubmissionStore submissions,
        IActionLog actions,
        IRepNotifier notifier,
        ISummaryPublisher publisher,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _settings = settings;
        _roster = roster;
        _submissions = submissions;
        _actions = actions;
        _notifier = notifier;
        _publisher = publisher;
        _time = time;
        _options = options;
        _runner = new ActionRunner(actions, time, options.ClaimLease);
    }

    public async Task<ScheduleTickResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var teams = await _settings.ListAsync(cancellationToken);
        var tally = new ActionTally();
        var planning = new PlanningState();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            PlanAsync(teams, now, planning, cancellationToken),
            parallel,
            async (work, token) => tally.Add(await ExecuteAsync(work, token)));
        return new ScheduleTickResult(now, teams.Count, planning.Idle, tally.Counts, planning.Errors, tally.Errors);
    }

    /// <summary>The due work of every team, round robin over the teams (each team's own actions in their planned order).</summary>
    private async IAsyncEnumerable<DueWork> PlanAsync(
        IReadOnlyList<TeamSettings> teams, DateTimeOffset now, PlanningState planning, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var byTeam = new List<Queue<DueWork>>();
        foreach (var team in teams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (week, due) = await PlanTeamAsync(team, now, planning, cancellationToken);
            if (due.Count > 0)
            {
                byTeam.Add(new Queue<DueWork>(due.Select(action => new DueWork(team, week, action))));
            }
        }

        while (byTeam.Count > 0)
        {
            for (var i = 0; i < byTeam.Count;)
            {
                yield return byTeam[i].Dequeue();
                if (byTeam[i].Count == 0)
                {
                    byTeam.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }
        }
    }

    private async Task<(ForecastWeek Week, IReadOnlyList<DueAction> Due)> PlanTeamAsync(
        TeamSettings team, DateTimeOffset now, PlanningState planning, CancellationToken cancellationToken)
    {
        try
        {
            if (team.Paused)
            {
                planning.Idle++;
                return (default, []);
            }

            var roster = await _roster.ListAsync(team.Id, cancellationToken);
            var week = SchedulePlanner.CurrentWeek(team, roster, now);
            if (team.SkippedWeeks.ContainsKey(week))
            {
                planning.Idle++;
                return (week, []);
            }

            var submissions = await _submissions.ListWeekAsync(team.Id, week, cancellationToken);
            var records = await _actions.ListWeekAsync(team.Id, week, cancellationToken);
            var input = new SchedulePlanInput(
                team,
                roster,
                week,
                submissions.Where(s => s.Status == SubmissionStatus.Submitted).Select(s => s.Rep).ToHashSet(),
                submissions.Where(s => s.Status == SubmissionStatus.Skipped).Select(s => s.Rep).ToHashSet(),
                records,
                now)
            {
                ClaimLease = _options.ClaimLease,
            };
            return (week, SchedulePlanner.Plan(input));
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // One team's bad data (an unknown zone id, a store error) must not stop the other teams.
            planning.Errors.Add(new TeamError(team.Id, exception));
            return (default, []);
        }
    }

    private Task<ActionRun> ExecuteAsync(DueWork work, CancellationToken cancellationToken)
    {
        var (team, week, action) = work;
        return _runner.RunAsync(
            team.Id,
            week,
            action.Kind,
            action.Subject,
            ClaimPolicy.Scheduled,
            token => SendAsync(team, week, action, token),
            action.Late ? "posted late" : null,
            cancellationToken);
    }

    private Task<NotifyOutcome> SendAsync(TeamSettings team, ForecastWeek week, DueAction action, CancellationToken cancellationToken) =>
        action.Kind switch
        {
            ScheduledActionKind.Nudge => _notifier.SendNudgeAsync(team, action.Person!, week, cancellationToken),
            ScheduledActionKind.Reminder1 or ScheduledActionKind.Reminder2 =>
                _notifier.SendReminderAsync(team, action.Person!, week, action.ReminderNumber, cancellationToken),
            ScheduledActionKind.Escalation => _notifier.SendEscalationAsync(team, action.Person!, week, action.Missing, cancellationToken),
            ScheduledActionKind.Summary => _publisher.PublishAsync(team, week, action.Late, cancellationToken),
            _ => throw new InvalidOperationException($"The schedule does not send '{action.Kind}'."),
        };

    /// <summary>Written only by the planning iterator, which the fan-out calls one step at a time; read after it ends.</summary>
    private sealed class PlanningState
    {
        public int Idle { get; set; }

        public List<TeamError> Errors { get; } = [];
    }
}
