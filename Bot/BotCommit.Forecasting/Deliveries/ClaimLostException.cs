namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Thrown by a delivery's mark (<see cref="IDeliveryMark"/>) when the delivery's claim was taken over while the send
/// waited (its lease ran out in a rate-limit queue): the send must not go on the wire, the new owner sends it.
/// </summary>
public sealed class ClaimLostException : Exception
{
    public ClaimLostException()
        : base("The delivery was taken over by another sender before it went on the wire.")
    {
    }

    public ClaimLostException(string message)
        : base(message)
    {
    }

    public ClaimLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
