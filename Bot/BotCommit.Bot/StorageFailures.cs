using Azure;

namespace BotCommit.Bot;

/// <summary>
/// Recognises a storage outage (Azure Tables or Azurite unreachable, refusing, failing or timing out): a turn reports it
/// to the user as "not saved, try again" instead of treating it as a bug. The Azure SDK throws
/// <see cref="RequestFailedException"/>, or, once its own retries are spent, an <see cref="AggregateException"/> holding
/// one per try; a network timeout surfaces as a cancellation the caller did not ask for.
/// </summary>
internal static class StorageFailures
{
    public static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };
}
