using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables;

/// <summary>The single-row optimistic-concurrency write every versioned store uses.</summary>
internal static class Writes
{
    /// <summary>
    /// Adds the row when <paramref name="expectedVersion"/> is null (409 if it exists), otherwise replaces it
    /// if its ETag still matches (412, or 404 when it was deleted). Both losses become
    /// <see cref="Forecasting.Ports.ConcurrencyConflictException"/>. Returns the new ETag.
    /// </summary>
    public static async Task<string> SaveAsync<T>(
        TableClient table, T entity, string? expectedVersion, string what, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        if (expectedVersion is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        }

        try
        {
            var response = expectedVersion is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken);
            return Conflicts.ETagOf(response, what);
        }
        catch (RequestFailedException exception) when (Conflicts.IsConflict(exception))
        {
            throw Conflicts.From(exception, what);
        }
    }
}
