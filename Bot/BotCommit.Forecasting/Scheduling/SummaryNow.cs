using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// An admin's "summary now" for the current week, through the same once-only record as the scheduled summary:
/// once the week's summary is posted (by the schedule or by hand) it is posted again only with <c>force</c>.
/// Before the deadline it is refused as <see cref="ManualTriggerStatus.TooEarly"/> unless forced (it would be
/// incomplete, and would stand in for the scheduled one). Marked late after the call time, like the schedule's.
/// Ignores a paused team (explicit request), not a skipped week.
/// </summary>
public sealed class SummaryNow
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISummaryPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly DeliveryRunner _runner;

    public SummaryNow(
        ITeamSettingsStore settings,
        IRosterStore roster,
        IActionLog actions,
        ISummaryPublisher publisher,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _settings = settings;
        _roster = roster;
        _publisher = publisher;
        _time = time;
        _runner = new DeliveryRunner(actions, time, options);
    }

    public async Task<ManualTriggerResult> RunAsync(TeamId team, bool force, CancellationToken cancellationToken)
    {
        using var activity = ForecastingTelemetry.Source.StartActivity("summary now");
        var (trigger, refusal) = await ManualTriggerWeek.ReadAsync(_settings, _roster, team, _time.GetUtcNow(), cancellationToken);
        if (trigger is null)
        {
            return refusal!;
        }

        var (settings, _, week, now) = trigger;

        var instants = ScheduleInstants.For(settings, week);
        if (now < instants.Deadline && !force)
        {
            return ManualTriggerResult.Refused(ManualTriggerStatus.TooEarly, week);
        }

        var late = now > instants.Call;
        var tally = new ActionTally();
        tally.Add(await _runner.RunAsync(
            new ActionRecord(team, week, ActionRecord.TeamSubject, ScheduledActionKind.Summary),
            force ? ClaimPolicy.Force : ClaimPolicy.RetryFailed,
            (_, t) => _publisher.PublishAsync(settings, week, late, t),
            late ? "posted late on request" : "posted on request",
            cancellationToken));
        return new ManualTriggerResult(ManualTriggerStatus.Done, week, tally.Counts, tally.Errors);
    }
}
