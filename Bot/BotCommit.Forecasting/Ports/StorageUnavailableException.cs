namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Thrown by a store when the storage service cannot be reached or fails (down, refusing, timing out): the operation may
/// not have happened, and trying again later is the remedy. Stores translate their own client's failures into this one
/// exception, so callers never see a storage SDK's types; a lost optimistic-concurrency race is
/// <see cref="ConcurrencyConflictException"/> instead.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("The storage service is unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
