using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.AzureTables.Teams;

/// <summary>
/// <see cref="ITeamSettingsStore"/> on Azure Tables: one row per team in a single partition, so listing
/// every team is one partition read. Versions are ETags. Thread-safe.
/// </summary>
public sealed class TableTeamSettingsStore : ITeamSettingsStore
{
    private readonly TableClient _table;

    public TableTeamSettingsStore(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task<Versioned<TeamSettings>?> GetAsync(TeamId team, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TeamSettingsEntity>(
            TeamSettingsMapper.Partition, TeamSettingsMapper.RowKey(team), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new Versioned<TeamSettings>(TeamSettingsMapper.ToDomain(entity), entity.ETag.ToString())
            : null;
    }

    public async Task<IReadOnlyList<TeamSettings>> ListAsync(CancellationToken cancellationToken)
    {
        var teams = new List<TeamSettings>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TeamSettingsMapper.Partition}");
        await foreach (var entity in _table.QueryAsync<TeamSettingsEntity>(filter, cancellationToken: cancellationToken))
        {
            teams.Add(TeamSettingsMapper.ToDomain(entity));
        }

        return teams;
    }

    public async Task<string> SaveAsync(TeamSettings settings, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var entity = TeamSettingsMapper.ToEntity(settings);
        return await Writes.SaveAsync(_table, entity, expectedVersion, $"Team '{settings.Id}'", cancellationToken);
    }
}
