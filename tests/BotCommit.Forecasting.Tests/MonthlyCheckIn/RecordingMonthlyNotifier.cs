using System.Collections.Concurrent;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.MonthlyCheckIn;

/// <summary>Records every monthly send (kind, subject, instant), marks it on the wire, answers Sent.</summary>
internal sealed class RecordingMonthlyNotifier(TimeProvider time) : IMonthlyNotifier, IMonthlyReviewPublisher
{
    private readonly ConcurrentQueue<(ScheduledActionKind Kind, string Subject, DateTimeOffset At)> _calls = new();

    public IReadOnlyList<(ScheduledActionKind Kind, string Subject, DateTimeOffset At)> Calls => [.. _calls];

    public ConcurrentBag<MonthlyCheckInView> Cards { get; } = [];

    public ConcurrentBag<MonthlyReview> Reviews { get; } = [];

    /// <summary>Every review posted or sent privately, whole.</summary>
    public ConcurrentBag<MonthlyReviewContent> Contents { get; } = [];

    public ConcurrentBag<IReadOnlyList<Rep>> Escalated { get; } = [];

    /// <summary>When set and it answers an outcome for a send, that send goes no further (Teams deferred or refused it).</summary>
    public Func<ScheduledActionKind, string, NotifyOutcome?>? Refuse { get; set; }

    /// <summary>Called before each personal send (to check what had happened by then).</summary>
    public Func<ScheduledActionKind, string, Task>? Before { get; set; }

    public Task<NotifyOutcome> SendMonthlyNudgeAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendAsync(ScheduledActionKind.MonthlyNudge, card.Rep.Id.Value, mark, card, cancellationToken);

    public Task<NotifyOutcome> SendMonthlyReminderAsync(MonthlyCheckInView card, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendAsync(ScheduledActionKind.MonthlyReminder, card.Rep.Id.Value, mark, card, cancellationToken);

    public Task<NotifyOutcome> SendMonthlyEscalationAsync(
        TeamSettings team, Rep manager, YearMonth month, IReadOnlyList<Rep> missing, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        Escalated.Add(missing);
        return SendAsync(ScheduledActionKind.MonthlyEscalation, manager.Id.Value, mark, null, cancellationToken);
    }

    public Task<NotifyOutcome> PostAsync(TeamSettings team, YearMonth month, MonthlyReviewContent content, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        Reviews.Add(content.Review);
        Contents.Add(content);
        return SendAsync(ScheduledActionKind.MonthlyReview, ActionRecord.TeamSubject, mark, null, cancellationToken);
    }

    public Task<NotifyOutcome> PostPrivatelyAsync(
        TeamSettings team, YearMonth month, RepId recipient, MonthlyReviewContent content, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        Contents.Add(content);
        return SendAsync(ScheduledActionKind.MonthlyReviewPrivate, recipient.Value, mark, null, cancellationToken);
    }

    private async Task<NotifyOutcome> SendAsync(ScheduledActionKind kind, string subject, IDeliveryMark mark, MonthlyCheckInView? card, CancellationToken cancellationToken)
    {
        if (Before is { } before)
        {
            await before(kind, subject);
        }

        if (Refuse?.Invoke(kind, subject) is { } refused)
        {
            return refused;
        }

        await mark.OnWireAsync(cancellationToken);
        _calls.Enqueue((kind, subject, time.GetUtcNow()));
        if (card is not null)
        {
            Cards.Add(card);
        }

        return NotifyOutcome.Sent;
    }
}
