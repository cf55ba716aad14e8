using System.Runtime.CompilerServices;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// One tick of the schedule (the scheduler calls it every minute): for every team, read the settings, roster,
/// the current week's submissions and action records, ask <see cref="SchedulePlanner"/> what is due at the injected
/// clock's now, and run each due action exactly once through the action log (see <see cref="DeliveryRunner"/>'s
/// claim rules). What a nudge or reminder shows is read once per team (every rep's pipeline in one partition read) and
/// handed to the notifier: a nudge reads nothing of its own. Every team is planned first; their due work is then
/// interleaved (one action of each team in turn) into a queue drained by at most
/// <see cref="ScheduleRunOptions.MaxConcurrency"/> concurrent sends (never one task per rep), so a big team's fan-out
/// does not hold a small team's nudges back until it is done. Safe to run twice at
/// once, on one instance or several: the claims decide who sends. A team that cannot be planned is reported and
/// skipped; an action that throws is reported, and retried after the lease.
/// </summary>
public sealed class RunScheduleTick
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IDealStore _deals;
    private readonly IActionLog _actions;
    private readonly IRepNotifier _notifier;
    private readonly ISummaryPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly ScheduleRunOptions _options;
    private readonly DeliveryRunner _runner;

    public RunScheduleTick(
        ITeamSettingsStore settings,
        IRosterStore roster,
        ISubmissionStore submissions,
        IDealStore deals,
        IActionLog actions,
        IRepNotifier notifier,
        ISummaryPublisher publisher,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _settings = settings;
        _roster = roster;
        _submissions = submissions;
        _deals = deals;
        _actions = actions;
        _notifier = notifier;
        _publisher = publisher;
        _time = time;
        _options = options;
        _runner = new DeliveryRunner(actions, time, options);
    }

    public async Task<ScheduleTickResult> RunAsync(CancellationToken cancellationToken)
    {
        using var activity = ForecastingTelemetry.Source.StartActivity("job schedule-tick");
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
            var (plan, due) = await PlanTeamAsync(team, now, planning, cancellationToken);
            if (due.Count > 0)
            {
                byTeam.Add(new Queue<DueWork>(due.Select(action => new DueWork(plan!, action))));
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

    private async Task<(TeamWeek? Plan, IReadOnlyList<DueAction> Due)> PlanTeamAsync(
        TeamSettings team, DateTimeOffset now, PlanningState planning, CancellationToken cancellationToken)
    {
        try
        {
            if (team.Paused || team.IsClosed)
            {
                planning.Idle++;
                return (null, []);
            }

            var roster = await _roster.ListAsync(team.Id, cancellationToken);
            var week = ReviewWeek.ForRoster(team, roster, now);
            if (TeamHoliday.Counts(team, week))
            {
                planning.Idle++;
                return (null, []);
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
            var due = SchedulePlanner.Plan(input);

            // Every rep's pipeline in one read and the seven weeks of snapshots the stalled marker needs in seven, only when a
            // card goes out: a nudge then reads nothing of its own.
            var cards = due.Any(a => a.Kind is ScheduledActionKind.Nudge or ScheduledActionKind.Reminder1 or ScheduledActionKind.Reminder2);
            var pipelines = cards
                ? await _deals.ListTeamAsync(team.Id, cancellationToken)
                : new Dictionary<RepId, IReadOnlyList<DealForecast>>();
            var history = cards
                ? await PrepareCheckIn.StalledHistoryAsync(_submissions, team.Id, week, cancellationToken)
                : new Dictionary<RepId, IReadOnlyList<Submission>>();
            return (new TeamWeek(team, week, submissions.ToDictionary(s => s.Rep), pipelines, now) { History = history }, due);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // One team's bad data (an unknown zone id, a store error) must not stop the other teams.
            planning.Errors.Add(new TeamError(team.Id, exception));
            return (null, []);
        }
    }

    private Task<ActionRun> ExecuteAsync(DueWork work, CancellationToken cancellationToken)
    {
        var (plan, action) = work;
        return _runner.RunAsync(
            new ActionRecord(plan.Team.Id, plan.Week, action.Subject, action.Kind),
            ClaimPolicy.Scheduled,
            (attempt, token) => SendAsync(plan, action, attempt, token),
            action.Late ? "posted late" : null,
            cancellationToken);
    }

    private Task<NotifyOutcome> SendAsync(TeamWeek plan, DueAction action, IDeliveryMark mark, CancellationToken cancellationToken) =>
        action.Kind switch
        {
            ScheduledActionKind.Nudge => _notifier.SendNudgeAsync(plan.CheckInOf(action.Person!), mark, cancellationToken),
            ScheduledActionKind.Reminder1 or ScheduledActionKind.Reminder2 =>
                _notifier.SendReminderAsync(plan.CheckInOf(action.Person!), action.ReminderNumber, mark, cancellationToken),
            ScheduledActionKind.Escalation => _notifier.SendEscalationAsync(plan.Team, action.Person!, plan.Week, action.Missing, mark, cancellationToken),

            // The summary's root and replies are deliveries of their own, each with its mark.
            ScheduledActionKind.Summary => _publisher.PublishAsync(plan.Team, plan.Week, action.Late, cancellationToken),
            _ => throw new InvalidOperationException($"The schedule does not send '{action.Kind}'."),
        };

    /// <summary>Written only by the planning iterator, which the fan-out calls one step at a time; read after it ends.</summary>
    private sealed class PlanningState
    {
        public int Idle { get; set; }

        public List<TeamError> Errors { get; } = [];
    }
}
