using System.Net;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Roster;

/// <summary>
/// <see cref="IRosterStore"/> on Azure Tables. Reps: one partition per team (a team's roster is one partition
/// read). RepMemberships: an index partition per person listing their teams, so
/// <see cref="FindMembershipsAsync"/> is one partition read plus a point read per team. The index row is
/// written before the rep row and removed after it, and every index hit is checked against the Reps table,
/// so an index left behind by a failed or lost write never shows a team the person is not on. Thread-safe.
/// </summary>
public sealed class TableRosterStore : IRosterStore
{
    private readonly TableClient _reps;
    private readonly TableClient _memberships;

    public TableRosterStore(TableClient reps, TableClient memberships)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentNullException.ThrowIfNull(memberships);
        _reps = reps;
        _memberships = memberships;
    }

    public async Task<Versioned<Rep>?> GetAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        var response = await _reps.GetEntityIfExistsAsync<RepEntity>(
            RepMapper.PartitionKey(team), RepMapper.RowKey(rep), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new Versioned<Rep>(RepMapper.ToDomain(entity), entity.ETag.ToString())
            : null;
    }

    public async Task<IReadOnlyList<Rep>> ListAsync(TeamId team, CancellationToken cancellationToken)
    {
        var reps = new List<Rep>();
        var partition = RepMapper.PartitionKey(team);
        await foreach (var entity in _reps.QueryAsync<RepEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            reps.Add(RepMapper.ToDomain(entity));
        }

        return reps;
    }

    public async Task<IReadOnlyList<Rep>> FindMembershipsAsync(RepId rep, CancellationToken cancellationToken)
    {
        var partition = RepMapper.RowKey(rep);
        var teams = new List<TeamId>();
        await foreach (var row in _memberships.QueryAsync<MembershipEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            teams.Add(TeamId.From(KeyCodec.Decode(row.RowKey)));
        }

        var found = new List<Rep>(teams.Count);
        foreach (var team in teams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await GetAsync(team, rep, cancellationToken) is { } member)
            {
                found.Add(member.Value);
            }
        }

        return found;
    }

    public async Task<string> SaveAsync(Rep rep, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var entity = RepMapper.ToEntity(rep);
        await _memberships.UpsertEntityAsync(RepMapper.ToMembership(rep.Team, rep.Id), TableUpdateMode.Replace, cancellationToken);
        return await Writes.SaveAsync(_reps, entity, expectedVersion, $"Rep '{rep.Id}' of team '{rep.Team}'", cancellationToken);
    }

    public async Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        await DeleteIfExistsAsync(_reps, RepMapper.PartitionKey(team), RepMapper.RowKey(rep), cancellationToken);
        var membership = RepMapper.ToMembership(team, rep);
        await DeleteIfExistsAsync(_memberships, membership.PartitionKey, membership.RowKey, cancellationToken);
    }

    private static async Task DeleteIfExistsAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            // Already gone: deleting is idempotent.
        }
    }
}
