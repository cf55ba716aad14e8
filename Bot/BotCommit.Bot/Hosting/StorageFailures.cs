using BotCommit.Forecasting.Ports;

namespace BotCommit.Bot;

/// <summary>
/// Recognises a storage outage, so a turn reports it to the user as "not saved, try again" instead of treating it as a
/// bug: the stores throw <see cref="StorageUnavailableException"/> (Storage translates its client's failures), and a
/// network timeout may also surface as a cancellation the caller did not ask for.
/// </summary>
internal static class StorageFailures
{
    public static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        StorageUnavailableException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };
}
