using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// The one exactly-once mechanism: every proactive send (nudges, reminders, escalations, the summary's root post and its
/// per-rep replies, late-change posts, the welcome and setup cards) runs here at most once per (team, week, subject,
/// kind) across retries, ticks and instances.
/// <list type="number">
/// <item>Claim: a create-only save of <see cref="ActionState.Claimed"/> (of racing claimers exactly one wins), or a
/// take-over of a pending, abandoned or (by <see cref="ClaimPolicy"/>) finished record with its version, keeping its
/// payload.</item>
/// <item>Mark: the send gets a <see cref="DeliveryAttempt"/>, which is the <see cref="IDeliveryMark"/> the transport calls
/// when the message is about to go on the wire (after its rate-limit permit): the record becomes
/// <see cref="ActionState.Sending"/>, checked against the claim's version; if the claim was taken over meanwhile (its
/// lease ran out in a rate-limit queue), the send is abandoned before the wire. An attempt Teams refused unprocessed (429)
/// moves it back to a claim until the retry goes out.</item>
/// <item>Outcome: <see cref="ActionState.Completed"/> (with the payload the send chose), <see cref="ActionState.Failed"/>,
/// or, when the send is known not to have happened, <see cref="ActionState.Pending"/> for a "retry later" answer (Teams
/// still throttling after the connector's own retries: the next tick or attempt takes it at once) and back to a claim
/// that waits for its lease when the send threw (for nested deliveries, pending too), checked against the version
/// written before it.</item>
/// </list>
/// A record found older than the lease tells where its owner stopped: a stale claim never reached the wire and is taken
/// over; a stale "sending" record may or may not have been delivered (POST is not idempotent), so it is recorded as failed
/// with <see cref="ActionRecord.DeliveryUnknownDetail"/> instead of sending again, and an admin decides (a manual trigger
/// may take it over). Only the requests on the wire when an instance dies can end there, not those still waiting for a
/// permit. The same holds while the instance lives: a send that fails after a request of it went on the wire without a
/// certain answer (<see cref="DeliveryUnknownException"/> from the transport, or any failure while
/// <see cref="DeliveryAttempt.MayHaveArrived"/>) is recorded "delivery unknown" at once, never retried. Thread-safe.
/// </summary>
public sealed class DeliveryRunner
{
    private readonly IActionLog _log;
    private readonly TimeProvider _time;

    public DeliveryRunner(IActionLog log, TimeProvider time, ScheduleRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _log = log;
        _time = time;
        Lease = options.ClaimLease;
    }

    /// <summary>How long a claim protects an unfinished delivery (see <see cref="ScheduleRunOptions.ClaimLease"/>).</summary>
    public TimeSpan Lease { get; }

    /// <param name="key">The delivery (team, week, subject, kind; a payload given here is stored with a new claim).</param>
    /// <param name="policy">Which existing records may be taken over.</param>
    /// <param name="send">Sends once; passes the attempt (the mark) to the transport. Answers an outcome, or throws
    /// <see cref="DeliveryException"/> with one.</param>
    /// <param name="completedDetail">The detail of a completed record.</param>
    /// <param name="cancellationToken">A stop leaves the record as it is ("sending" if a request may have reached Teams).</param>
    public async Task<ActionRun> RunAsync(
        ActionRecord key,
        ClaimPolicy policy,
        Func<DeliveryAttempt, CancellationToken, Task<NotifyOutcome>> send,
        string? completedDetail,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var run = await RunOnceAsync(key, policy, send, completedDetail, cancellationToken);
        ForecastingTelemetry.RecordDelivery(key.Kind, run.Outcome);
        return run;
    }

    private async Task<ActionRun> RunOnceAsync(
        ActionRecord key,
        ClaimPolicy policy,
        Func<DeliveryAttempt, CancellationToken, Task<NotifyOutcome>> send,
        string? completedDetail,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            var (claim, found) = await TryClaimAsync(key, policy, cancellationToken);
            if (claim is null)
            {
                return new ActionRun(found);
            }

            var attempt = new DeliveryAttempt(this, claim);
            NotifyOutcome outcome;
            try
            {
                outcome = await send(attempt, cancellationToken) ?? throw new InvalidOperationException("The send returned no outcome.");
            }
            catch (DeliveryException refused)
            {
                outcome = refused.Outcome;
            }
            catch (ClaimLostException)
            {
                return new ActionRun(ActionOutcome.AlreadyHandled);
            }
            catch (DeliveryUnknownException)
            {
                return await DeliveryUnknownAsync(attempt, cancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                if (attempt.MayHaveArrived)
                {
                    // A request went on the wire and nothing certain came back (or a later step of the send failed after it).
                    return await DeliveryUnknownAsync(attempt, cancellationToken);
                }

                // A throw is retried after the lease (a bug must not spin every tick); nested deliveries go back to their owner.
                await TryMoveAsync(attempt.Current, AfterError(policy), "error: " + exception.GetType().Name, null, cancellationToken);
                return new ActionRun(ActionOutcome.Error, new ActionError(key.Team, key.Week, key.Kind, key.Subject, exception));
            }

            if (outcome.Kind == NotifyOutcomeKind.RetryLater && attempt.MayHaveArrived)
            {
                return await DeliveryUnknownAsync(attempt, cancellationToken);
            }

            var (state, detail, result) = outcome.Kind switch
            {
                NotifyOutcomeKind.Sent => (ActionState.Completed, attempt.CompletedDetail ?? completedDetail, ActionOutcome.Sent),
                NotifyOutcomeKind.Unreachable => (ActionState.Failed, "unreachable: " + outcome.Reason, ActionOutcome.Failed),

                // Not sent: released, so the next tick (or the owner's next attempt) sends it without waiting for a lease.
                NotifyOutcomeKind.RetryLater => (ActionState.Pending, "retry later: " + (outcome.Reason ?? "transient failure"), ActionOutcome.Deferred),
                _ => throw new InvalidOperationException($"Unknown notify outcome '{outcome.Kind}'."),
            };

            // A conflict here means the send outlived the lease and another instance recorded it as delivery unknown.
            await TryMoveAsync(attempt.Current, state, detail, state == ActionState.Completed ? attempt.CompletedPayload : null, cancellationToken);
            return new ActionRun(result);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new ActionRun(ActionOutcome.Error, new ActionError(key.Team, key.Week, key.Kind, key.Subject, exception));
        }
    }

    /// <summary>
    /// The send may have reached Teams and its end is not known: recorded as failed with
    /// <see cref="ActionRecord.DeliveryUnknownAnsweredDetail"/>, never sent again by itself (only
    /// <see cref="ClaimPolicy.TakesDeliveryUnknown"/> takes it over).
    /// </summary>
    private async Task<ActionRun> DeliveryUnknownAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        var moved = await TryMoveAsync(attempt.Current, ActionState.Failed, ActionRecord.DeliveryUnknownAnsweredDetail, null, cancellationToken);
        return new ActionRun(moved is null ? ActionOutcome.AlreadyHandled : ActionOutcome.DeliveryUnknown);
    }

    /// <summary>The "sending" mark: the transport calls it right before each request goes on the wire.</summary>
    internal async Task MarkSendingAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.Current.Value.State == ActionState.Sending)
        {
            return;
        }

        attempt.Current = await TryMoveAsync(attempt.Current, ActionState.Sending, null, null, cancellationToken)
            ?? throw new ClaimLostException();
    }

    /// <summary>Teams refused the attempt unprocessed: nothing arrived, so the delivery is back to a claim while the retry waits.</summary>
    internal async Task UnmarkSendingAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.Current.Value.State != ActionState.Sending)
        {
            return;
        }

        attempt.Current = await TryMoveAsync(attempt.Current, ActionState.Claimed, "refused by Teams, retrying", null, cancellationToken)
            ?? throw new ClaimLostException();
    }

    internal async Task KeepAsync(DeliveryAttempt attempt, DeliveryPayload payload, CancellationToken cancellationToken)
    {
        var current = attempt.Current;
        var kept = current.Value with { Payload = payload, UpdatedAt = _time.GetUtcNow() };
        try
        {
            attempt.Current = new Versioned<ActionRecord>(kept, await _log.SaveAsync(kept, current.Version, cancellationToken));
        }
        catch (ConcurrencyConflictException exception)
        {
            throw new ClaimLostException("The delivery was taken over by another sender.", exception);
        }
    }

    private static ActionState AfterError(ClaimPolicy policy) => policy.ReleasesOnError ? ActionState.Pending : ActionState.Claimed;

    /// <summary>
    /// The claimed record with its version; or null and why not: someone else owns or finished the delivery
    /// (<see cref="ActionOutcome.AlreadyHandled"/>), or an abandoned send was just recorded as
    /// <see cref="ActionOutcome.DeliveryUnknown"/>.
    /// </summary>
    private async Task<(Versioned<ActionRecord>? Claim, ActionOutcome Otherwise)> TryClaimAsync(
        ActionRecord key, ClaimPolicy policy, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var fresh = key with { State = ActionState.Claimed, UpdatedAt = now, Detail = null };
        try
        {
            return (new Versioned<ActionRecord>(fresh, await _log.SaveAsync(fresh, expectedVersion: null, cancellationToken)), ActionOutcome.Sent);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone has (or had) it: decide below whether it may be taken over.
        }

        var existing = await _log.GetAsync(key.Team, key.Week, key.Subject, key.Kind, cancellationToken);
        if (existing is null)
        {
            return (null, ActionOutcome.AlreadyHandled);
        }

        if (existing.Value.State == ActionState.Sending && IsStale(existing.Value, now) && !policy.TakesDeliveryUnknown)
        {
            var unknown = await TryMoveAsync(existing, ActionState.Failed, ActionRecord.DeliveryUnknownDetail, null, cancellationToken);
            return (null, unknown is null ? ActionOutcome.AlreadyHandled : ActionOutcome.DeliveryUnknown);
        }

        if (!MayTakeOver(existing.Value, policy, now))
        {
            return (null, ActionOutcome.AlreadyHandled);
        }

        // A take-over keeps what earlier attempts recorded (where the summary root is, a late change's deltas).
        var claim = existing.Value with { State = ActionState.Claimed, UpdatedAt = now, Detail = null, Payload = existing.Value.Payload ?? key.Payload };
        try
        {
            return (new Versioned<ActionRecord>(claim, await _log.SaveAsync(claim, existing.Version, cancellationToken)), ActionOutcome.Sent);
        }
        catch (ConcurrencyConflictException)
        {
            return (null, ActionOutcome.AlreadyHandled); // another claimer took it over first
        }
    }

    private bool MayTakeOver(ActionRecord record, ClaimPolicy policy, DateTimeOffset now) => record.State switch
    {
        ActionState.Pending => true,
        ActionState.Claimed => IsStale(record, now),

        // Only on an admin's explicit request: the earlier send may have arrived.
        ActionState.Sending => IsStale(record, now) && policy.TakesDeliveryUnknown,
        ActionState.Failed when record.IsDeliveryUnknown => policy.TakesDeliveryUnknown,
        ActionState.Failed => policy.TakesFailed,
        ActionState.Completed => policy.TakesCompleted || (policy.CompletedAgainAfter is { } quiet && now - record.UpdatedAt >= quiet),
        _ => false,
    };

    private bool IsStale(ActionRecord record, DateTimeOffset now) => now - record.UpdatedAt >= Lease;

    /// <summary>
    /// Saves the record in <paramref name="state"/>, re-dated, with <paramref name="payload"/> when given (else the one it
    /// has); null when the version is no longer current.
    /// </summary>
    private async Task<Versioned<ActionRecord>?> TryMoveAsync(
        Versioned<ActionRecord> current, ActionState state, string? detail, DeliveryPayload? payload, CancellationToken cancellationToken)
    {
        var moved = current.Value with
        {
            State = state,
            UpdatedAt = _time.GetUtcNow(),
            Detail = Cut(detail),
            Payload = payload ?? current.Value.Payload,
        };
        try
        {
            return new Versioned<ActionRecord>(moved, await _log.SaveAsync(moved, current.Version, cancellationToken));
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private static string? Cut(string? detail) =>
        detail is { Length: > ActionRecord.MaxDetailLength } ? detail[..ActionRecord.MaxDetailLength] : detail;
}
