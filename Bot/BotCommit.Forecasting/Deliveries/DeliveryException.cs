using BotCommit.Forecasting.Scheduling;

namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Thrown by a delivery port (implemented at the edge) when a message could not be delivered, with what that means for
/// the record: <see cref="NotifyOutcome.Unreachable"/> (with the admin's next step) or <see cref="NotifyOutcome.RetryLater"/>.
/// The use case turns it back into that outcome.
/// </summary>
public sealed class DeliveryException : Exception
{
    public DeliveryException()
        : this(NotifyOutcome.RetryLater())
    {
    }

    public DeliveryException(string message)
        : this(NotifyOutcome.Unreachable(message))
    {
    }

    public DeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Outcome = NotifyOutcome.Unreachable(message);
    }

    public DeliveryException(NotifyOutcome outcome, Exception? innerException = null)
        : base(outcome?.Reason ?? "The message was not delivered.", innerException)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Outcome = outcome;
    }

    public NotifyOutcome Outcome { get; }
}
