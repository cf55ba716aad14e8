using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Testing.InMemory;

/// <summary>Thread-safe in-memory <see cref="ICallStore"/>: write-once submissions and records, as in Azure Tables.</summary>
public sealed class InMemoryCallStore : ICallStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(NodeId, ForecastWeek), List<CallSubmission>> _submissions = [];
    private readonly Dictionary<(NodeId, ForecastWeek), CallRecord> _records = [];

    public Task AddSubmissionAsync(CallSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var call = submission;
        cancellationToken.ThrowIfCancellationRequested();
        StoreRules.CheckInstant(call.SubmittedAt, nameof(call));
        lock (_gate)
        {
            if (!_submissions.TryGetValue((call.Node, call.Week), out var list))
            {
                _submissions[(call.Node, call.Week)] = list = [];
            }

            var at = call.SubmittedAt.ToUniversalTime();
            if (!list.Any(s => s.Submitter == call.Submitter && s.SubmittedAt == at))
            {
                list.Add(call with { SubmittedAt = at, Changes = [.. call.Changes], Moves = [.. call.Moves] });
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CallSubmission>> ListSubmissionsAsync(NodeId node, ForecastWeek week, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<CallSubmission> found = _submissions.TryGetValue((node, week), out var list)
                ? [.. list.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Submitter.Value, StringComparer.Ordinal)]
                : [];
            return Task.FromResult(found);
        }
    }

    public Task<bool> AddRecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_records.TryAdd((record.Node, record.Week), record));
        }
    }

    public Task<IReadOnlyList<CallRecord>> ListRecordsAsync(NodeId node, ForecastWeek from, ForecastWeek until, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<CallRecord> found = [.. _records.Values.Where(r => r.Node == node && r.Week >= from && r.Week < until).OrderBy(r => r.Week)];
            return Task.FromResult(found);
        }
    }
}
