using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Runs one action at most once per (team, week, subject, kind) across ticks, retries and instances.
/// <list type="number">
/// <item>Claim: a create-only save of <see cref="ActionState.Claimed"/> (of racing claimers exactly one wins), or a
/// take-over of an abandoned claim with its version.</item>
/// <item>Mark: when the transport is about to put a message on the wire (it calls <see cref="SendingMark"/>),
/// the record becomes <see cref="ActionState.Sending"/>, checked against the claim's version; if the claim was taken
/// over meanwhile (its lease ran out in a rate-limit queue), the send is abandoned before the wire. An attempt Teams
/// refused unprocessed (429) moves it back to a claim until the retry goes out.</item>
/// <item>Outcome: <see cref="ActionState.Completed"/>, <see cref="ActionState.Failed"/>, or back to
/// <see cref="ActionState.Claimed"/> when the send is known not to have happened (retry later, or the notifier
/// threw), checked against the version written before it.</item>
/// </list>
/// A record found older than the lease tells where its owner stopped: a stale <see cref="ActionState.Claimed"/> record
/// never reached the wire and is taken over; a stale "sending" record may or may not have been delivered (POST is not
/// idempotent), so the schedule records it as failed with <see cref="ActionRecord.DeliveryUnknownDetail"/> instead of sending again,
/// and an admin decides (a manual trigger, which may take over failed records, sends it). Only the requests on the wire
/// when an instance dies can end there, not those still waiting for a permit. <see cref="ClaimPolicy"/> says whether
/// failed or completed records may be taken over too.
/// </summary>
internal sealed class ActionRunner
{
    private readonly IActionLog _log;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;

    public ActionRunner(IActionLog log, TimeProvider time, TimeSpan lease)
    {
        _log = log;
        _time = time;
        _lease = lease;
    }

    public async Task<ActionRun> RunAsync(
        TeamId team,
        ForecastWeek week,
        ScheduledActionKind kind,
        string subject,
        ClaimPolicy policy,
        Func<CancellationToken, Task<NotifyOutcome>> send,
        string? completedDetail,
        CancellationToken cancellationToken)
    {
        var key = new ActionRecord(team, week, subject, kind);
        try
        {
            var (claim, found) = await TryClaimAsync(key, policy, cancellationToken);
            if (claim is null)
            {
                return new ActionRun(found);
            }

            var record = new ClaimedRecord(claim);
            NotifyOutcome? outcome;
            try
            {
                using (SendingMark.Use(new SendingMark(token => MarkSendingAsync(record, token), token => UnmarkSendingAsync(record, token))))
                {
                    outcome = await send(cancellationToken) ?? throw new InvalidOperationException("The notifier returned no outcome.");
                }
            }
            catch (ClaimLostException)
            {
                return new ActionRun(ActionOutcome.AlreadyHandled);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Notifiers answer RetryLater for transient failures; a throw is treated the same way (retried after the
                // lease). A stop (cancellation) leaves the record as it is: "sending" if a request may have reached Teams.
                await TryMoveAsync(record.Current.Value, ActionState.Claimed, "error: " + exception.GetType().Name, record.Current.Version, cancellationToken);
                return new ActionRun(ActionOutcome.Error, new ActionError(team, week, kind, subject, exception));
            }

            var (state, detail, result) = outcome.Kind switch
            {
                NotifyOutcomeKind.Sent => (ActionState.Completed, completedDetail, ActionOutcome.Sent),
                NotifyOutcomeKind.Unreachable => (ActionState.Failed, "unreachable: " + outcome.Reason, ActionOutcome.Failed),

                // Not sent: back to a claim, re-dated. It becomes abandoned after the lease, and the next tick then retries.
                NotifyOutcomeKind.RetryLater => (ActionState.Claimed, "retry later: " + (outcome.Reason ?? "transient failure"), ActionOutcome.Deferred),
                _ => throw new InvalidOperationException($"Unknown notify outcome '{outcome.Kind}'."),
            };

            // A conflict here means the send outlived the lease and another instance recorded it as delivery unknown.
            await TryMoveAsync(record.Current.Value, state, detail, record.Current.Version, cancellationToken);
            return new ActionRun(result);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new ActionRun(ActionOutcome.Error, new ActionError(team, week, kind, subject, exception));
        }
    }

    /// <summary>The "sending" mark: called by the transport once, right before the first request goes on the wire.</summary>
    private async Task MarkSendingAsync(ClaimedRecord record, CancellationToken cancellationToken)
    {
        if (record.Current.Value.State == ActionState.Sending)
        {
            return;
        }

        var sending = await TryMoveAsync(record.Current.Value, ActionState.Sending, null, record.Current.Version, cancellationToken)
            ?? throw new ClaimLostException();
        record.Current = sending;
    }

    /// <summary>Teams refused the attempt unprocessed: nothing arrived, so the action is back to a claim while the retry waits.</summary>
    private async Task UnmarkSendingAsync(ClaimedRecord record, CancellationToken cancellationToken)
    {
        if (record.Current.Value.State != ActionState.Sending)
        {
            return;
        }

        var claimed = await TryMoveAsync(record.Current.Value, ActionState.Claimed, "refused by Teams, retrying", record.Current.Version, cancellationToken)
            ?? throw new ClaimLostException();
        record.Current = claimed;
    }

    /// <summary>
    /// The claimed record with its version; or null and why not: someone else owns or finished the action
    /// (<see cref="ActionOutcome.AlreadyHandled"/>), or an abandoned send was just recorded as
    /// <see cref="ActionOutcome.DeliveryUnknown"/>.
    /// </summary>
    private async Task<(Versioned<ActionRecord>? Claim, ActionOutcome Otherwise)> TryClaimAsync(
        ActionRecord key, ClaimPolicy policy, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var claim = key with { State = ActionState.Claimed, UpdatedAt = now, Detail = null };
        try
        {
            return (new Versioned<ActionRecord>(claim, await _log.SaveAsync(claim, expectedVersion: null, cancellationToken)), ActionOutcome.Sent);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone has (or had) it: decide below whether it is abandoned.
        }

        var existing = await _log.GetAsync(key.Team, key.Week, key.Subject, key.Kind, cancellationToken);
        if (existing is null)
        {
            return (null, ActionOutcome.AlreadyHandled);
        }

        if (existing.Value.State == ActionState.Sending && IsStale(existing.Value, now) && policy == ClaimPolicy.Scheduled)
        {
            var unknown = await TryMoveAsync(existing.Value, ActionState.Failed, ActionRecord.DeliveryUnknownDetail, existing.Version, cancellationToken);
            return (null, unknown is null ? ActionOutcome.AlreadyHandled : ActionOutcome.DeliveryUnknown);
        }

        if (!MayTakeOver(existing.Value, policy, now))
        {
            return (null, ActionOutcome.AlreadyHandled);
        }

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
        ActionState.Claimed => IsStale(record, now),

        // Only on an admin's explicit request: the earlier send may have arrived.
        ActionState.Sending => IsStale(record, now) && policy is ClaimPolicy.RetryFailed or ClaimPolicy.Force,
        ActionState.Failed => policy is ClaimPolicy.RetryFailed or ClaimPolicy.Force,
        ActionState.Completed => policy == ClaimPolicy.Force,
        _ => false,
    };

    private bool IsStale(ActionRecord record, DateTimeOffset now) => now - record.UpdatedAt >= _lease;

    /// <summary>Saves <paramref name="record"/> in <paramref name="state"/>, re-dated; null when the version is no longer current.</summary>
    private async Task<Versioned<ActionRecord>?> TryMoveAsync(
        ActionRecord record, ActionState state, string? detail, string expectedVersion, CancellationToken cancellationToken)
    {
        var moved = record with { State = state, UpdatedAt = _time.GetUtcNow(), Detail = Cut(detail) };
        try
        {
            return new Versioned<ActionRecord>(moved, await _log.SaveAsync(moved, expectedVersion, cancellationToken));
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private static string? Cut(string? detail) =>
        detail is { Length: > ActionRecord.MaxDetailLength } ? detail[..ActionRecord.MaxDetailLength] : detail;

    /// <summary>The latest version this run wrote (the claim, then the "sending" mark).</summary>
    private sealed class ClaimedRecord(Versioned<ActionRecord> claim)
    {
        public Versioned<ActionRecord> Current { get; set; } = claim;
    }
}
