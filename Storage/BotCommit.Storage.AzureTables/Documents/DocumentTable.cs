using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Documents;

/// <summary>
/// A small keyed store of JSON documents for the host (Teams conversation references, per rep and per channel).
/// One partition per scope, one row per key; any scope and key text is accepted (escaped, or hashed when very
/// long). Documents are opaque text of at most <see cref="MaxJsonLength"/> characters (one table string
/// property). Optimistic concurrency by ETag as in the domain stores. Thread-safe.
/// </summary>
public sealed class DocumentTable
{
    /// <summary>A table string property holds at most 64 KiB, i.e. 32K UTF-16 characters.</summary>
    public const int MaxJsonLength = 32 * 1024;

    private const int MaxEscapedLength = 400;

    private readonly TableClient _table;

    public DocumentTable(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>The document and its ETag, or null when there is none.</summary>
    public async Task<(string Json, string ETag)?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<DocumentEntity>(
            PartitionKey(scope), RowKey(key), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { Json: { } json } entity ? (json, entity.ETag.ToString()) : null;
    }

    /// <summary>
    /// Creates the document (<paramref name="expectedETag"/> null) or replaces it if its ETag still matches;
    /// returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">It exists on create, or the ETag does not match.</exception>
    public async Task<string> SaveAsync(string scope, string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var entity = ToEntity(scope, key, json);
        return await Writes.SaveAsync(_table, entity, expectedETag, $"Document '{key}' in '{scope}'", cancellationToken);
    }

    /// <summary>Writes the document whatever is there (last writer wins); returns the new ETag.</summary>
    public async Task<string> UpsertAsync(string scope, string key, string json, CancellationToken cancellationToken)
    {
        var response = await _table.UpsertEntityAsync(ToEntity(scope, key, json), TableUpdateMode.Replace, cancellationToken);
        return Conflicts.ETagOf(response, $"document '{key}' in '{scope}'");
    }

    /// <summary>Every document of the scope, in key order of the table (not alphabetical for escaped or hashed keys).</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        var partition = PartitionKey(scope);
        var documents = new List<StoredDocument>();
        await foreach (var entity in _table.QueryAsync<DocumentEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            if (entity is { Scope: { } storedScope, Key: { } key, Json: { } json } && string.Equals(storedScope, scope, StringComparison.Ordinal))
            {
                documents.Add(new StoredDocument(storedScope, key, json, entity.ETag.ToString()));
            }
        }

        return documents;
    }

    /// <summary>
    /// Deletes the document; with <paramref name="expectedETag"/> only if it still matches. Returns false when
    /// there was nothing to delete (and no ETag was expected).
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">An ETag was expected and the document changed or vanished.</exception>
    public async Task<bool> DeleteAsync(string scope, string key, string? expectedETag, CancellationToken cancellationToken)
    {
        if (expectedETag is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(expectedETag);
        }

        var what = $"Document '{key}' in '{scope}'";
        try
        {
            // The SDK answers a delete of a missing row with a 404 response rather than an exception.
            var response = await _table.DeleteEntityAsync(
                PartitionKey(scope), RowKey(key), expectedETag is null ? ETag.All : new ETag(expectedETag), cancellationToken);
            return response.Status != (int)HttpStatusCode.NotFound
                || (expectedETag is null ? false : throw new ConcurrencyConflictException($"{what} was removed by someone else since it was read."));
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            return expectedETag is null ? false : throw Conflicts.From(exception, what);
        }
    }

    private static DocumentEntity ToEntity(string scope, string key, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxJsonLength)
        {
            throw new ArgumentException($"A document holds at most {MaxJsonLength} characters; this one has {json.Length}.", nameof(json));
        }

        return new DocumentEntity { PartitionKey = PartitionKey(scope), RowKey = RowKey(key), Scope = scope, Key = key, Json = json };
    }

    private static string PartitionKey(string scope) => KeyCodec.EncodeOrHash(scope, MaxEscapedLength);

    private static string RowKey(string key) => KeyCodec.EncodeOrHash(key, MaxEscapedLength);
}
