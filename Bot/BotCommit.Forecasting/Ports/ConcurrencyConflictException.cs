namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Thrown by a store's Save when the expected version no longer matches, or when a create-only save
/// (expected version null) finds the item already there. The caller re-reads and re-applies, or tells the user.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The item was changed by someone else.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
