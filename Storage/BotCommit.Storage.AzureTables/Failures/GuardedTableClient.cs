using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Failures;

/// <summary>
/// The table client every store uses: the SDK's own, with each operation's "storage unavailable" failures
/// (<see cref="Unavailability"/>) turned into <see cref="Forecasting.Ports.StorageUnavailableException"/>, so nothing
/// above Storage sees an Azure type. Conflicts and other answers pass through unchanged for the stores to map.
/// </summary>
internal sealed class GuardedTableClient(string connectionString, string tableName, TableClientOptions options)
    : TableClient(connectionString, tableName, options)
{
    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.AddEntityAsync(entity, cancellationToken), cancellationToken);

    public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken), cancellationToken);

    public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.UpsertEntityAsync(entity, mode, cancellationToken), cancellationToken);

    public override Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken), cancellationToken);

    public override Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken), cancellationToken);

    public override Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default) =>
        GuardAsync(() => base.SubmitTransactionAsync(transactionActions, cancellationToken), cancellationToken);

    public override AsyncPageable<T> QueryAsync<T>(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        new GuardedPageable<T>(base.QueryAsync<T>(filter, maxPerPage, select, cancellationToken), Name, cancellationToken);

    private async Task<TResult> GuardAsync<TResult>(
        Func<Task<TResult>> call, CancellationToken cancellationToken, [CallerMemberName] string operation = "")
    {
        using var activity = StorageTelemetry.Start(operation, Name);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (Unavailability.Is(exception, cancellationToken))
        {
            throw Unavailability.From(exception, Name);
        }
    }

    /// <summary>A query's pages, with the same translation of failures while they are read.</summary>
    private sealed class GuardedPageable<T>(AsyncPageable<T> inner, string table, CancellationToken cancellationToken) : AsyncPageable<T>
        where T : notnull
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            var pages = inner.AsPages(continuationToken, pageSizeHint).GetAsyncEnumerator(cancellationToken);
            await using (pages.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        using var activity = StorageTelemetry.Start("QueryAsync", table);
                        if (!await pages.MoveNextAsync().ConfigureAwait(false))
                        {
                            yield break;
                        }
                    }
                    catch (Exception exception) when (Unavailability.Is(exception, cancellationToken))
                    {
                        throw Unavailability.From(exception, table);
                    }

                    yield return pages.Current;
                }
            }
        }
    }
}
