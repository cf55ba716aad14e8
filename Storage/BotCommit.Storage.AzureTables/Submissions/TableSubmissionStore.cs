using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Batching;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// <see cref="ISubmissionStore"/> on Azure Tables. A team's week is one partition (<c>team|week</c>); a rep's
/// submission is a header row <c>rep|~</c> (status, time, ETag = the version) and one line row per deal
/// <c>rep|generation|deal</c>. A save is ONE entity group transaction: the header (Add when creating, Replace
/// with the expected ETag otherwise), an upsert per deal, and a delete per line that is no longer there — so
/// it is all-or-nothing and a stale version writes nothing.
/// <para>
/// The 100-action limit: header + 99 deals fit, but header + upserts + deletes may not (e.g. 60 deals
/// replaced by 60 others). Then the save moves to the next <em>generation</em>: the transaction writes the
/// header (now naming generation g+1) and the new lines under g+1; lines of older generations are deleted
/// afterwards, best effort. Readers only take lines of the header's generation, so leftovers are invisible
/// and the next in-place save deletes them. Thread-safe.
/// </para>
/// <para>
/// A header with <c>SealedAfter</c> is the week's snapshot of record: a save recorded after that instant is refused
/// (<see cref="SnapshotOfRecordException"/>) before anything is sent. Revisions live in their own table
/// (<see cref="TableRevisions"/>), so nothing written after the record can land on its rows.
/// </para>
/// </summary>
public sealed class TableSubmissionStore : ISubmissionStore
{
    private readonly TableClient _table;
    private readonly TableRevisions _revisions;
    private readonly KnownRows _known = new();

    /// <param name="table">The Submissions table (the snapshots).</param>
    /// <param name="revisions">The Revisions table (changes recorded after a week's snapshot of record).</param>
    public TableSubmissionStore(TableClient table, TableClient revisions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(revisions);
        _table = table;
        _revisions = new TableRevisions(revisions);
    }

    public Task AddRevisionAsync(Submission revision, CancellationToken cancellationToken) =>
        _revisions.AddAsync(revision, cancellationToken);

    public Task<IReadOnlyList<Submission>> ListRevisionsAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken) =>
        _revisions.ListAsync(team, week, cancellationToken);

    public async Task<Versioned<Submission>?> GetAsync(TeamId team, ForecastWeek week, RepId rep, CancellationToken cancellationToken)
    {
        // Most reads find nothing (the Sunday nudge, before the rep submits): a point read of the header answers that
        // without a range query. The header and lines are then read together, so a save in between is seen whole.
        var probe = await _table.GetEntityIfExistsAsync<SubmissionRowEntity>(
            SubmissionKeys.PartitionKey(team, week), SubmissionKeys.HeaderRowKey(rep), ["PartitionKey", "RowKey"], cancellationToken);
        if (!probe.HasValue)
        {
            return null;
        }

        var rows = await ReadRepRowsAsync(team, week, rep, keysOnly: false, cancellationToken);
        var header = rows.Find(r => SubmissionKeys.Parse(r.RowKey).IsHeader);
        if (header is null)
        {
            return null;
        }

        if (rows.All(r => r == header || SubmissionKeys.Parse(r.RowKey).Generation == (header.Generation ?? 0)))
        {
            _known.Remember(header.PartitionKey, SubmissionKeys.RepPart(rep), header.ETag.ToString(), rows);
        }
        else
        {
            _known.Forget(header.PartitionKey, SubmissionKeys.RepPart(rep));
        }

        return new Versioned<Submission>(SubmissionMapper.ToDomain(team, week, header, rows), header.ETag.ToString());
    }

    public async Task<IReadOnlyList<Submission>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var partition = SubmissionKeys.PartitionKey(team, week);
        var byRep = new Dictionary<string, List<SubmissionRowEntity>>(StringComparer.Ordinal);
        var headers = new List<SubmissionRowEntity>();
        await foreach (var row in _table.QueryAsync<SubmissionRowEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            var key = SubmissionKeys.Parse(row.RowKey);
            if (key.IsHeader)
            {
                headers.Add(row);
            }
            else if (byRep.TryGetValue(key.RepPart, out var lines))
            {
                lines.Add(row);
            }
            else
            {
                byRep[key.RepPart] = [row];
            }
        }

        return headers
            .Select(h => SubmissionMapper.ToDomain(team, week, h, byRep.GetValueOrDefault(SubmissionKeys.Parse(h.RowKey).RepPart) ?? []))
            .ToList();
    }

    public async Task<Submission?> GetLatestBeforeAsync(TeamId team, RepId rep, ForecastWeek week, int maxWeeksBack, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxWeeksBack);

        // One small query per week, newest first: usually the previous week answers.
        var candidate = week;
        for (var i = 0; i < maxWeeksBack; i++)
        {
            candidate = candidate.Previous;
            if (await GetAsync(team, candidate, rep, cancellationToken) is { } found)
            {
                return found.Value;
            }
        }

        return null;
    }

    public async Task<string> SaveAsync(Submission submission, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (expectedVersion is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        }

        var what = $"The submission of rep '{submission.Rep}' for {submission.Week} of team '{submission.Team}'";
        // A create needs no read: a snapshot's lines are written with its header, so without a header there are none, and
        // if a header exists the transaction's Add is refused (409) like the fail-fast check below. Replacing a snapshot
        // this process read or wrote at exactly the expected version needs none either (KnownRows).
        var partition = SubmissionKeys.PartitionKey(submission.Team, submission.Week);
        var repPart = SubmissionKeys.RepPart(submission.Rep);
        var existing = expectedVersion is null
            ? []
            : _known.Of(partition, repPart, expectedVersion)
                ?? await ReadRepRowsAsync(submission.Team, submission.Week, submission.Rep, keysOnly: true, cancellationToken);
        var currentHeader = existing.Find(r => SubmissionKeys.Parse(r.RowKey).IsHeader);
        if ((currentHeader is null) != (expectedVersion is null))
        {
            // Fail fast; the transaction below would be refused anyway (409 on Add, 404 on Replace). Whether
            // the ETag still matches is left to the service: the header's If-Match guards the whole plan.
            throw new ConcurrencyConflictException(expectedVersion is null
                ? $"{what} already exists (a create-only save needs it to be new)."
                : $"{what} was removed by someone else since it was read.");
        }

        // The snapshot of record is immutable: the header's If-Match below guarantees the seal checked here is the stored one.
        if (currentHeader is not null && currentHeader.SealedAfter is { } seal && !(submission.SubmittedAt <= seal))
        {
            throw new SnapshotOfRecordException($"{what} is the week's snapshot of record (sealed after {seal:O}).");
        }

        var plan = SubmissionSavePlan.Create(submission, currentHeader, existing);
        var header = SubmissionMapper.ToHeader(submission, plan.Generation);
        var actions = new List<TableTransactionAction>(TransactionBatch.MaxActions)
        {
            expectedVersion is null
                ? new TableTransactionAction(TableTransactionActionType.Add, header)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, header, new ETag(expectedVersion)),
        };
        actions.AddRange(SubmissionMapper.ToLines(submission, plan.Generation)
            .Select(line => new TableTransactionAction(TableTransactionActionType.UpsertReplace, line)));
        actions.AddRange(plan.DeleteInTransaction.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)));

        string version;
        try
        {
            var responses = await TransactionBatch.SubmitAsync(_table, actions, cancellationToken);
            version = Conflicts.ETagOf(responses[0], what);
        }
        catch (RequestFailedException exception) when (Conflicts.IsConflict(exception))
        {
            _known.Forget(partition, repPart);
            throw Conflicts.From(exception, what);
        }

        if (await DeleteLeftoversAsync(plan.DeleteAfterwards, cancellationToken))
        {
            _known.Remember(partition, repPart, version, [header, .. SubmissionMapper.ToLines(submission, plan.Generation)]);
        }
        else
        {
            _known.Forget(partition, repPart);
        }

        return version;
    }

    private async Task<List<SubmissionRowEntity>> ReadRepRowsAsync(
        TeamId team, ForecastWeek week, RepId rep, bool keysOnly, CancellationToken cancellationToken)
    {
        var partition = SubmissionKeys.PartitionKey(team, week);
        var (from, to) = KeyCodec.PrefixRange(SubmissionKeys.RepPart(rep));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        IEnumerable<string>? select = keysOnly ? ["PartitionKey", "RowKey", "Generation", "SealedAfter"] : null;
        var rows = new List<SubmissionRowEntity>();
        await foreach (var row in _table.QueryAsync<SubmissionRowEntity>(filter, select: select, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Deletes the old generation's lines; false when some may be left (the next save then reads the rows).</summary>
    private async Task<bool> DeleteLeftoversAsync(IReadOnlyList<SubmissionRowEntity> leftovers, CancellationToken cancellationToken)
    {
        if (leftovers.Count == 0)
        {
            return true;
        }

        try
        {
            var deletes = leftovers.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)).ToList();
            await TransactionBatch.SubmitInChunksAsync(_table, deletes, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException or Forecasting.Ports.StorageUnavailableException)
        {
            // The submission is saved; leftover lines of an old generation are invisible to readers and the
            // next in-place save of this rep deletes them. Failing here would make a saved submission look lost.
            return false;
        }
    }
}
