using System.Net;
using Azure;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Storage.AzureTables;

/// <summary>Turns the status codes of a lost optimistic-concurrency race into <see cref="ConcurrencyConflictException"/>.</summary>
internal static class Conflicts
{
    /// <summary>
    /// 409: a create-only Add found the row. 412: the ETag no longer matches. 404: a conditional update or
    /// delete found the row gone (someone deleted it since it was read) — also a version mismatch.
    /// </summary>
    public static bool IsConflict(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound;

    public static ConcurrencyConflictException From(RequestFailedException exception, string what) =>
        new(exception.Status == (int)HttpStatusCode.Conflict
                ? $"{what} already exists (a create-only save needs it to be new)."
                : $"{what} was changed or removed by someone else since it was read.",
            exception);

    /// <summary>The ETag the service returned for a write; every successful table write carries one.</summary>
    public static string ETagOf(Response response, string what) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"The table service returned no ETag for {what}.");
}
