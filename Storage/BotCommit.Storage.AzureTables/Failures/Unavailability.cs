using System.Net;
using Azure;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Storage.AzureTables.Failures;

/// <summary>
/// Which table-client failures mean "storage unavailable" (the service unreachable, refusing, failing or timing out):
/// a request with no answer or a 408/429/5xx answer, the SDK's <see cref="AggregateException"/> once its own retries
/// are spent, a timeout, or a cancellation nobody asked for (a network timeout). A conflict (404/409/412) or a bad
/// request is not: the stores map conflicts to <see cref="ConcurrencyConflictException"/>, and a bad request is a bug.
/// </summary>
internal static class Unavailability
{
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500,
        TimeoutException or HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => Is(inner, cancellationToken)),
        _ => false,
    };

    public static StorageUnavailableException From(Exception exception, string table) =>
        new($"Table storage is unavailable ({table}): {exception.GetType().Name}.", exception);
}
