using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>
/// <see cref="ICallStore"/> on Azure Tables. Calls: a node's week is one partition, a submission one write-once row
/// (Add; a 409 means the same submission is already kept). CallRecords: a node is one partition, a week one write-once
/// row, so a node's history is one range read. Thread-safe.
/// </summary>
public sealed class TableCallStore : ICallStore
{
    private readonly TableClient _calls;
    private readonly TableClient _records;

    public TableCallStore(TableClient calls, TableClient records)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(records);
        _calls = calls;
        _records = records;
    }

    public async Task AddSubmissionAsync(CallSubmission submission, CancellationToken cancellationToken)
    {
        var entity = CallMapper.ToEntity(submission);
        try
        {
            await _calls.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            // Written before (a retry): submissions are write-once, the first stands.
        }
    }

    public async Task<IReadOnlyList<CallSubmission>> ListSubmissionsAsync(NodeId node, ForecastWeek week, CancellationToken cancellationToken)
    {
        var result = new List<CallSubmission>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CallMapper.Partition(node, week)}");
        await foreach (var entity in _calls.QueryAsync<CallSubmissionEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(CallMapper.ToDomain(node, week, entity));
        }

        return result;
    }

    public async Task<bool> AddRecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        var entity = CallMapper.ToEntity(record);
        try
        {
            await _records.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<CallRecord>> ListRecordsAsync(NodeId node, ForecastWeek from, ForecastWeek until, CancellationToken cancellationToken)
    {
        var result = new List<CallRecord>();
        var partition = KeyCodec.Encode(node.Value);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {from.ToString()} and RowKey lt {until.ToString()}");
        await foreach (var entity in _records.QueryAsync<CallRecordEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(CallMapper.ToDomain(node, entity));
        }

        return result;
    }
}
