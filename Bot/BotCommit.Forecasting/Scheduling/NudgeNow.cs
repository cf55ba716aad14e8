using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// An admin's "nudge now" for the week the schedule works on (<see cref="ReviewWeek.ForRoster"/>), through the same
/// once-only action records as the schedule: a rep already nudged this week is nudged again only with
/// <c>force</c>; a rep whose nudge failed (unreachable) is retried without it; a rep whose nudge may have arrived
/// (delivery unknown) only when the admin names them (or with <c>force</c>). Without a rep it nudges every
/// expected rep who has not submitted yet; with a rep it nudges that roster member whatever their state (the
/// admin asked for that person). Being explicit, it ignores the schedule's times (also after the deadline) and a
/// paused team, but not a skipped week. A rep for whom the week has not opened yet on their own clock
/// (<see cref="ReviewWeek.ForRep"/>: the team's furthest-ahead rep started it, theirs is still to come) is not sent a
/// card they could not submit yet; they count as deferred and the schedule nudges them at their own time.
/// </summary>
public sealed class NudgeNow
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IDealStore _deals;
    private readonly IRepNotifier _notifier;
    private readonly TimeProvider _time;
    private readonly ScheduleRunOptions _options;
    private readonly DeliveryRunner _runner;

    public NudgeNow(
        ITeamSettingsStore settings,
        IRosterStore roster,
        ISubmissionStore submissions,
        IDealStore deals,
        IActionLog actions,
        IRepNotifier notifier,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _settings = settings;
        _roster = roster;
        _submissions = submissions;
        _deals = deals;
        _notifier = notifier;
        _time = time;
        _options = options;
        _runner = new DeliveryRunner(actions, time, options);
    }

    /// <inheritdoc cref="RunAsync(TeamId, RepId?, bool, IProgress{ManualTriggerProgress}?, CancellationToken)"/>
    public Task<ManualTriggerResult> RunAsync(TeamId team, RepId? rep, bool force, CancellationToken cancellationToken) =>
        RunAsync(team, rep, force, null, cancellationToken);

    /// <param name="team">The team.</param>
    /// <param name="rep">One rep, or null for every expected rep who has not submitted.</param>
    /// <param name="force">Send again to reps already nudged this week.</param>
    /// <param name="progress">Told where the fan-out stands once the targets are known and after each delivery (from
    /// several threads at once; a report with more finished deliveries is the newer one).</param>
    /// <param name="cancellationToken">Cancels between and during sends.</param>
    public async Task<ManualTriggerResult> RunAsync(
        TeamId team, RepId? rep, bool force, IProgress<ManualTriggerProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = ForecastingTelemetry.Source.StartActivity("nudge now");
        var (trigger, refusal) = await ManualTriggerWeek.ReadAsync(_settings, _roster, team, _time.GetUtcNow(), cancellationToken);
        if (trigger is null)
        {
            return refusal!;
        }

        var (settings, roster, week, now) = trigger;

        List<Rep> targets;
        var submissions = await _submissions.ListWeekAsync(team, week, cancellationToken);
        IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> pipelines;
        if (rep is { } only)
        {
            var member = roster.FirstOrDefault(r => r.Id == only);
            if (member is null)
            {
                return ManualTriggerResult.Refused(ManualTriggerStatus.RepNotFound, week);
            }

            targets = [member];
            pipelines = new Dictionary<RepId, IReadOnlyList<DealForecast>> { [only] = await _deals.ListAsync(team, only, cancellationToken) };
        }
        else
        {
            var submitted = submissions.Where(s => s.Status == SubmissionStatus.Submitted).Select(s => s.Rep).ToHashSet();
            var skipped = submissions.Where(s => s.Status == SubmissionStatus.Skipped).Select(s => s.Rep).ToHashSet();
            targets = roster.Where(r => SchedulePlanner.IsExpected(r, week, skipped) && !submitted.Contains(r.Id)).ToList();
            pipelines = targets.Count == 0 ? new Dictionary<RepId, IReadOnlyList<DealForecast>>() : await _deals.ListTeamAsync(team, cancellationToken);
        }

        var history = targets.Count == 0
            ? new Dictionary<RepId, IReadOnlyList<Submission>>()
            : await PrepareCheckIn.StalledHistoryAsync(_submissions, team, week, cancellationToken); // the stalled marker: seven reads for the team
        var plan = new TeamWeek(settings, week, submissions.ToDictionary(s => s.Rep), pipelines, now) { History = history };

        var tally = new ActionTally();
        var notYetOpen = targets.Where(r => ReviewWeek.ForRep(settings, r, now) < week).ToList();
        foreach (var _ in notYetOpen)
        {
            tally.Add(new ActionRun(ActionOutcome.Deferred));
        }

        var total = targets.Count;
        targets = [.. targets.Except(notYetOpen)];
        progress?.Report(new ManualTriggerProgress(total, notYetOpen.Count, tally.Counts));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(targets, parallel, async (target, token) =>
        {
            tally.Add(await _runner.RunAsync(
                new ActionRecord(team, week, target.Id.Value, ScheduledActionKind.Nudge),
                force ? ClaimPolicy.Force : rep is not null ? ClaimPolicy.RetryFailed : ClaimPolicy.RetryUnreachable,
                (attempt, t) => _notifier.SendNudgeAsync(plan.CheckInOf(target), attempt, t),
                force ? "sent again on request" : "sent on request",
                token));
            progress?.Report(new ManualTriggerProgress(total, notYetOpen.Count, tally.Counts));
        });
        return new ManualTriggerResult(ManualTriggerStatus.Done, week, tally.Counts, tally.Errors);
    }
}
