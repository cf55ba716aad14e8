namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Where a delivery's message is, told by the transport (the host passes it to the protocol layer's send call, which
/// calls it per attempt after the rate-limit permit and before the request goes on the wire).
/// <see cref="OnWireAsync"/>: the record becomes "sending". <see cref="RefusedAsync"/>: Teams refused the attempt
/// unprocessed (429, 412) — nothing arrived, so while the retry waits the record is a claim again and a crash in that wait
/// re-sends instead of leaving it unknown. Either throws <see cref="ClaimLostException"/> when another sender took the
/// delivery over meanwhile: the message must then not go on the wire. A transport that sent a request and got no certain
/// answer (a timeout, a lost connection, a 500/502/504) throws <see cref="DeliveryUnknownException"/> instead of retrying.
/// </summary>
public interface IDeliveryMark
{
    Task OnWireAsync(CancellationToken cancellationToken);

    Task RefusedAsync(CancellationToken cancellationToken);
}
