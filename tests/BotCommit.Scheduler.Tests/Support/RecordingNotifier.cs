using System.Collections.Concurrent;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Scheduler.Tests.Support;

/// <summary>
/// A thread-safe <see cref="IRepNotifier"/> and <see cref="ISummaryPublisher"/> that records every call with the
/// clock's time. Outcomes can be scripted per (subject, kind) as a queue (then <see cref="NotifyOutcome.Sent"/>), and
/// <see cref="YieldBeforeSending"/> makes racing callers interleave.
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

    /// <summary>The next calls for (subject, kind) answer these outcomes (or throw), in order; then Sent.</summary>
    public void Script(string subject, ScheduledActionKind kind, params Func<NotifyOutcome>[] outcomes)
    {
        var queue = _script.GetOrAdd((subject, kind), _ => new ConcurrentQueue<Func<NotifyOutcome>>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    public Task<NotifyOutcome> SendNudgeAsync(TeamSettings team, Rep rep, ForecastWeek week, CancellationToken cancellationToken) =>
        RecordAsync(new SentMessage(ScheduledActionKind.Nudge, rep.Id.Value, week, _time.GetUtcNow(), [], false), cancellationToken);

    public Task<NotifyOutcome> SendReminderAsync(TeamSettings team, Rep rep, ForecastWeek week, int reminderNumber, CancellationToken cancellationToken)
    {
        var kind = reminderNumber == 1 ? ScheduledActionKind.Reminder1 : ScheduledActionKind.Reminder2;
        return RecordAsync(new SentMessage(kind, rep.Id.Value, week, _time.GetUtcNow(), [], false), cancellationToken);
    }

    public Task<NotifyOutcome> SendEscalationAsync(TeamSettings team, Rep manager, ForecastWeek week, IReadOnlyList<Rep> missing, CancellationToken cancellationToken) =>
        RecordAsync(
            new SentMessage(ScheduledActionKind.Escalation, manager.Id.Value, week, _time.GetUtcNow(), missing.Select(r => r.Id.Value).ToList(), false),
            cancellationToken);

    public Task<NotifyOutcome> PublishAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken) =>
        RecordAsync(new SentMessage(ScheduledActionKind.Summary, ActionRecord.TeamSubject, week, _time.GetUtcNow(), [], late), cancellationToken);

    private async Task<NotifyOutcome> RecordAsync(SentMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Entering?.Invoke();
        if (YieldBeforeSending)
        {
            await Task.Yield();
        }

        _calls.Enqueue(message);
        Called?.Invoke(message);
        return _script.TryGetValue(message.Key, out var queue) && queue.TryDequeue(out var next) ? next() : NotifyOutcome.Sent;
    }
}
