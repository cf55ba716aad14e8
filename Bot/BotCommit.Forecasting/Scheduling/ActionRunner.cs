using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Runs one action at most once per (team, week, subject, kind) across ticks, retries and instances: claim the
/// record (create-only save: of racing claimers exactly one wins), send, then record the outcome with the claim's
/// version. A claim older than the lease may be taken over with its version (the owner crashed or asked to retry
/// later); <see cref="ClaimPolicy"/> says whether failed or completed records may be taken over too.
/// The one window for a duplicate is a crash (or lost record write) between a successful send and the completion
/// write: the action is then sent again after the lease (at least once beats never).
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
            var claim = await TryClaimAsync(key, policy, cancellationToken);
            if (claim is null)
            {
                return new ActionRun(ActionOutcome.AlreadyHandled);
            }

            var outcome = await send(cancellationToken) ?? throw new InvalidOperationException("The notifier returned no outcome.");
            var (state, detail, result) = outcome.Kind switch
            {
                NotifyOutcomeKind.Sent => (ActionState.Completed, completedDetail, ActionOutcome.Sent),
                NotifyOutcomeKind.Unreachable => (ActionState.Failed, "unreachable: " + outcome.Reason, ActionOutcome.Failed),

                // Keep the claim, re-dated: it becomes abandoned after the lease, and the next tick then retries.
                NotifyOutcomeKind.RetryLater => (ActionState.Claimed, "retry later: " + (outcome.Reason ?? "transient failure"), ActionOutcome.Deferred),
                _ => throw new InvalidOperationException($"Unknown notify outcome '{outcome.Kind}'."),
            };
            var done = claim.Value with { State = state, UpdatedAt = _time.GetUtcNow(), Detail = Cut(detail) };
            await RecordAsync(done, claim.Version, cancellationToken);
            return new ActionRun(result);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // One rep's failure must not stop the fan-out; the claim (if any) is retried after the lease.
            return new ActionRun(ActionOutcome.Error, new ActionError(team, week, kind, subject, exception));
        }
    }

    /// <summary>The claimed record with its version, or null when someone else owns or finished the action.</summary>
    private async Task<Versioned<ActionRecord>?> TryClaimAsync(ActionRecord key, ClaimPolicy policy, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var claim = key with { State = ActionState.Claimed, UpdatedAt = now, Detail = null };
        try
        {
            return new Versioned<ActionRecord>(claim, await _log.SaveAsync(claim, expectedVersion: null, cancellationToken));
        }
        catch (ConcurrencyConflictException)
        {
            // Exists already: look at it below.
        }

        var existing = await _log.GetAsync(key.Team, key.Week, key.Subject, key.Kind, cancellationToken);
        if (existing is null || !MayTakeOver(existing.Value, policy, now))
        {
            return null;
        }

        try
        {
            return new Versioned<ActionRecord>(claim, await _log.SaveAsync(claim, existing.Version, cancellationToken));
        }
        catch (ConcurrencyConflictException)
        {
            return null; // another claimer took it over first
        }
    }

    private bool MayTakeOver(ActionRecord record, ClaimPolicy policy, DateTimeOffset now) => record.State switch
    {
        ActionState.Claimed => now - record.UpdatedAt >= _lease,
        ActionState.Failed => policy is ClaimPolicy.RetryFailed or ClaimPolicy.Force,
        ActionState.Completed => policy == ClaimPolicy.Force,
        _ => false,
    };

    private async Task RecordAsync(ActionRecord record, string claimVersion, CancellationToken cancellationToken)
    {
        try
        {
            await _log.SaveAsync(record, claimVersion, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Our claim outlived its lease and was taken over; the new owner records the outcome.
        }
    }

    private static string? Cut(string? detail) =>
        detail is { Length: > ActionRecord.MaxDetailLength } ? detail[..ActionRecord.MaxDetailLength] : detail;
}
