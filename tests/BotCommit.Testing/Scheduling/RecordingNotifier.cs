using System.Collections.Concurrent;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Testing.Scheduling;

/// <summary>
/// A thread-safe <see cref="IRepNotifier"/> and <see cref="ISummaryPublisher"/> that records every call with the
/// clock's time. Outcomes can be scripted per (subject, kind) as a queue (then <see cref="NotifyOutcome.Sent"/>), and
/// <see cref="YieldBeforeSending"/> makes racing callers interleave. Like the connector, it calls the delivery's mark
/// when the message "goes on the wire" (the summary, whose root and replies have marks of their own, has none).
/// </summary>
public sealed class RecordingNotifier : IRepNotifier, ISummaryPublisher
{
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<SentMessage> _calls = new();
    private readonly ConcurrentDictionary<(string, ScheduledActionKind), ConcurrentQueue<Func<NotifyOutcome>>> _script = new();

    public RecordingNotifier(TimeProvider time) => _time = time;

    public bool YieldBeforeSending { get; set; }

    /// <summary>Every call, including the ones answered with a failure.</summary>
    public IReadOnlyList<SentMessage> Calls => _calls.ToList();

    /// <summary>Raised when a call starts, before the yield.</summary>
    public event Action? Entering;

    /// <summary>Raised after each call is recorded.</summary>
    public event Action<SentMessage>? Called;

    /// <summary>
    /// When set, the first attempt of each call is refused by Teams (429: the mark goes on the wire, then "refused"), and
    /// this is awaited as the retry's wait before the second attempt.
    /// </summary>
    public Func<SentMessage, CancellationToken, Task>? ThrottledFirst { get; set; }

    /// <summary>
    /// Awaited before the "sending" mark and before the call is recorded, as a wait for a rate-limit permit would be:
    /// a test can block there to let the claim's lease run out.
    /// </summary>
    public Func<SentMessage, CancellationToken, Task>? Queued { get; set; }

    /// <summary>
    /// Awaited after a call is recorded (the message "arrived") and before its outcome is answered: a test can block
    /// there, look at the action log, or stop the instance (cancel) as a crash between delivery and recording would.
    /// </summary>
    public Func<SentMessage, CancellationToken, Task>? Delivering { get; set; }

    /// <summary>The next calls for (subject, kind) answer these outcomes (or throw), in order; then Sent.</summary>
    public void Script(string subject, ScheduledActionKind kind, params Func<NotifyOutcome>[] outcomes)
    {
        var queue = _script.GetOrAdd((subject, kind), _ => new ConcurrentQueue<Func<NotifyOutcome>>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    /// <summary>The check-in of every nudge and reminder, as the schedule prepared it (last one per rep).</summary>
    public ConcurrentDictionary<string, CheckInView> CheckIns { get; } = new(StringComparer.Ordinal);

    public Task<NotifyOutcome> SendNudgeAsync(CheckInView checkIn, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        CheckIns[checkIn.Rep.Id.Value] = checkIn;
        return RecordAsync(new SentMessage(ScheduledActionKind.Nudge, checkIn.Rep.Id.Value, checkIn.Week, _time.GetUtcNow(), [], false), mark, cancellationToken);
    }

    public Task<NotifyOutcome> SendReminderAsync(CheckInView checkIn, int reminderNumber, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        CheckIns[checkIn.Rep.Id.Value] = checkIn;
        var kind = reminderNumber == 1 ? ScheduledActionKind.Reminder1 : ScheduledActionKind.Reminder2;
        return RecordAsync(new SentMessage(kind, checkIn.Rep.Id.Value, checkIn.Week, _time.GetUtcNow(), [], false), mark, cancellationToken);
    }

    public Task<NotifyOutcome> SendEscalationAsync(
        TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken) =>
        RecordAsync(
            new SentMessage(ScheduledActionKind.Escalation, manager.Id.Value, week, _time.GetUtcNow(), missing.Select(r => r.Id.Value).ToList(), false),
            mark,
            cancellationToken);

    public Task<NotifyOutcome> PublishAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken) =>
        RecordAsync(new SentMessage(ScheduledActionKind.Summary, ActionRecord.TeamSubject, week, _time.GetUtcNow(), [], late), null, cancellationToken);

    private async Task<NotifyOutcome> RecordAsync(SentMessage message, IDeliveryMark? mark, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Entering?.Invoke();
        if (YieldBeforeSending)
        {
            await Task.Yield();
        }

        if (Queued is { } queued)
        {
            await queued(message, cancellationToken);
        }

        // Like the connector: the delivery's "sending" mark right before the message goes on the wire.
        if (mark is not null)
        {
            if (ThrottledFirst is { } waitingToRetry)
            {
                await mark.OnWireAsync(cancellationToken);
                await mark.RefusedAsync(cancellationToken);
                await waitingToRetry(message, cancellationToken);
            }

            await mark.OnWireAsync(cancellationToken);
        }

        _calls.Enqueue(message);
        Called?.Invoke(message);
        if (Delivering is { } delivering)
        {
            await delivering(message, cancellationToken);
        }

        if (!_script.TryGetValue(message.Key, out var queue) || !queue.TryDequeue(out var next))
        {
            return NotifyOutcome.Sent;
        }

        // A scripted failure models one the transport knows did not arrive (a 429 after retries, no connection): like
        // the connector, it gives the "sending" mark back before failing.
        NotifyOutcome outcome;
        try
        {
            outcome = next();
        }
        catch (Exception exception) when (exception is not DeliveryUnknownException)
        {
            if (mark is not null)
            {
                await mark.RefusedAsync(cancellationToken);
            }

            throw;
        }

        if (outcome.Kind != NotifyOutcomeKind.Sent && mark is not null)
        {
            await mark.RefusedAsync(cancellationToken);
        }

        return outcome;
    }
}
