using Azure.Data.Tables;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.AzureTables.Actions;

/// <summary>
/// <see cref="IActionLog"/> on Azure Tables: a team's week is one partition, one row per (subject, kind).
/// A create-only save is an Add, so of two instances racing to claim an action exactly one wins (the other
/// gets 409 → <see cref="ConcurrencyConflictException"/>). Thread-safe.
/// </summary>
public sealed class TableActionLog : IActionLog
{
    private readonly TableClient _table;

    public TableActionLog(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task<Versioned<ActionRecord>?> GetAsync(
        TeamId team, ForecastWeek week, string subject, ScheduledActionKind kind, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<ActionEntity>(
            ActionMapper.PartitionKey(team, week), ActionMapper.RowKey(subject, kind), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new Versioned<ActionRecord>(ActionMapper.ToDomain(team, week, entity), entity.ETag.ToString())
            : null;
    }

    public async Task<IReadOnlyList<ActionRecord>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var records = new List<ActionRecord>();
        var partition = ActionMapper.PartitionKey(team, week);
        await foreach (var entity in _table.QueryAsync<ActionEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            records.Add(ActionMapper.ToDomain(team, week, entity));
        }

        return records;
    }

    public async Task<string> SaveAsync(ActionRecord record, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = ActionMapper.ToEntity(record);
        return await Writes.SaveAsync(
            _table, entity, expectedVersion, $"Action {record.Kind} for '{record.Subject}' in {record.Week} of team '{record.Team}'", cancellationToken);
    }
}
