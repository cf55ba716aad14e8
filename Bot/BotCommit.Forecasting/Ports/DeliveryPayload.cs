namespace BotCommit.Forecasting.Ports;

/// <summary>
/// What a delivery keeps on its record between attempts (<see cref="ActionRecord.Payload"/>): the summary root's location,
/// a late change's deltas. The stores serialize each kind they know; a new kind needs a mapping in Storage.
/// </summary>
public abstract record DeliveryPayload;
