namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Thrown by the transport (through a delivery's mark) when a request that went on the wire got no certain answer: a
/// timeout, a lost connection, or a 5xx from Teams' side after the request left. The message may have arrived, and a
/// POST is not idempotent, so the delivery is recorded "delivery unknown" and never sent again by itself
/// (<see cref="DeliveryRunner"/>); an admin decides (<c>status</c> lists it, a manual trigger may take it over).
/// </summary>
public sealed class DeliveryUnknownException : Exception
{
    public DeliveryUnknownException()
        : base("The request may have reached Teams; its answer was not certain.")
    {
    }

    public DeliveryUnknownException(string message)
        : base(message)
    {
    }

    public DeliveryUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
