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
/// so an index left behind by a failed or lost write never shows a team the person is not on. The index of a person is
/// kept in this process for <see cref="KeepMembershipsFor"/> (a rep's every turn asks for it; this process's own saves
/// and deletes refresh it at once), so a rep added to another team through another instance is seen that much later;
/// the hits are still checked against the Reps table every time. Thread-safe.
/// </summary>
public sealed class TableRosterStore : IRosterStore
{
    /// <summary>How long a person's index of teams is reused by this process.</summary>
    public static readonly TimeSpan KeepMembershipsFor = TimeSpan.FromMinutes(2);

    private const int MaxKept = 50_000;

    private readonly TableClient _reps;
    private readonly TableClient _memberships;
    private readonly TimeProvider _time;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RepId, (IReadOnlyList<TeamId> Teams, DateTimeOffset At)> _kept = new();

    public TableRosterStore(TableClient reps, TableClient memberships, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentNullException.ThrowIfNull(memberships);
        _reps = reps;
        _memberships = memberships;
        _time = time ?? TimeProvider.System;
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
        var now = _time.GetUtcNow();
        if (!_kept.TryGetValue(rep, out var kept) || now - kept.At >= KeepMembershipsFor)
        {
            var partition = RepMapper.RowKey(rep);
            var listed = new List<TeamId>();
            await foreach (var row in _memberships.QueryAsync<MembershipEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
            {
                listed.Add(TeamId.From(KeyCodec.Decode(row.RowKey)));
            }

            if (_kept.Count >= MaxKept)
            {
                _kept.Clear();
            }

            kept = (listed, now);
            _kept[rep] = kept;
        }

        var teams = kept.Teams;
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
        _kept.TryRemove(rep.Id, out _);
        await _memberships.UpsertEntityAsync(RepMapper.ToMembership(rep.Team, rep.Id), TableUpdateMode.Replace, cancellationToken);
        return await Writes.SaveAsync(_reps, entity, expectedVersion, $"Rep '{rep.Id}' of team '{rep.Team}'", cancellationToken);
    }

    public async Task DeleteAsync(TeamId team, RepId rep, CancellationToken cancellationToken)
    {
        _kept.TryRemove(rep, out _);
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
