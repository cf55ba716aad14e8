using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// One sender's claim on a delivery, handed to the send: the <see cref="IDeliveryMark"/> the transport calls when the
/// message goes on the wire, what an earlier attempt kept (<see cref="Payload"/>), and where this attempt records what
/// the next one must know (<see cref="KeepAsync"/>: saved at once, on the claim) or what completion stores.
/// </summary>
public sealed class DeliveryAttempt : IDeliveryMark
{
    private readonly DeliveryRunner _runner;

    internal DeliveryAttempt(DeliveryRunner runner, Versioned<ActionRecord> claim)
    {
        _runner = runner;
        Current = claim;
    }

    /// <summary>The delivery's key (team, week, subject, kind).</summary>
    public ActionRecord Record => Current.Value;

    /// <summary>What the record keeps: from an earlier attempt, or set by this one.</summary>
    public DeliveryPayload? Payload => Current.Value.Payload;

    /// <summary>The detail recorded on completion (null keeps the runner's default).</summary>
    public string? CompletedDetail { get; set; }

    /// <summary>
    /// Whether a request of this send went on the wire and was not refused unprocessed since: the message may have
    /// arrived, so a failure from here on is "delivery unknown", never a retry.
    /// </summary>
    public bool MayHaveArrived => Current.Value.State == ActionState.Sending;

    /// <summary>The latest version this attempt wrote.</summary>
    internal Versioned<ActionRecord> Current { get; set; }

    /// <summary>The payload stored with the completed record (defaults to the current one).</summary>
    internal DeliveryPayload? CompletedPayload { get; private set; }

    public Task OnWireAsync(CancellationToken cancellationToken) => _runner.MarkSendingAsync(this, cancellationToken);

    public Task RefusedAsync(CancellationToken cancellationToken) => _runner.UnmarkSendingAsync(this, cancellationToken);

    /// <summary>Saves <paramref name="payload"/> on the record now (e.g. where the summary root went, before its replies).</summary>
    /// <exception cref="ClaimLostException">Another sender took the delivery over meanwhile.</exception>
    public Task KeepAsync(DeliveryPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        CompletedPayload = payload;
        return _runner.KeepAsync(this, payload, cancellationToken);
    }

    /// <summary>Stores <paramref name="payload"/> with the completed record (when the send answers Sent).</summary>
    public void CompleteWith(DeliveryPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        CompletedPayload = payload;
    }
}
