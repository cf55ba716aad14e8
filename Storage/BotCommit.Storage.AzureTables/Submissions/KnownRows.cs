using System.Collections.Concurrent;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// The row keys of each snapshot this process last read or wrote whole, by the header's ETag: a save that expects exactly
/// that ETag plans its deletes from them instead of reading the rows again (an ETag names one state of the header, and
/// the lines only change with it, in the same transaction). Snapshots with leftover lines of an older generation are not
/// kept, so the next save reads and deletes those. Bounded; thread-safe.
/// </summary>
internal sealed class KnownRows
{
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Partition, string Rep), (string ETag, List<SubmissionRowEntity> Rows)> _rows = new();

    public void Remember(string partition, string rep, string etag, IEnumerable<SubmissionRowEntity> rows)
    {
        if (_rows.Count >= MaxEntries)
        {
            _rows.Clear();
        }

        _rows[(partition, rep)] = (etag, [.. rows.Select(r => new SubmissionRowEntity { PartitionKey = r.PartitionKey, RowKey = r.RowKey, Generation = r.Generation, SealedAfter = r.SealedAfter })]);
    }

    public void Forget(string partition, string rep) => _rows.TryRemove((partition, rep), out _);

    /// <summary>The rows (keys, generation and the header's seal) of the snapshot whose header has <paramref name="etag"/>, or null.</summary>
    public List<SubmissionRowEntity>? Of(string partition, string rep, string etag) =>
        _rows.TryGetValue((partition, rep), out var known) && string.Equals(known.ETag, etag, StringComparison.Ordinal) ? known.Rows : null;
}
