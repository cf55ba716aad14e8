using System.Globalization;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Conversations;
using BotCommit.Storage.AzureTables.Documents;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Erasure;

/// <summary>
/// <see cref="ITeamDataStore"/> on Azure Tables: a team's rows are its partitions (Reps, Deals, Audit: the escaped team
/// id; Submissions, Revisions, Actions: every <c>team|week</c> partition, one key range), its rows in the membership
/// index, the conversation references of its General and summary channels, and its settings row (deleted last).
/// Personal-chat references belong to people, not teams, and stay; de-duplication records name no team and expire on
/// their own. Erasure records go to the Audit table's <see cref="ErasurePartition"/>. Monthly forecast submissions
/// (MonthlyForecasts: every <c>team|yyyy-MM</c> partition) are deleted too and counted with the submissions.
/// </summary>
public sealed class TableTeamDataStore : ITeamDataStore
{
    /// <summary>
    /// The Audit partition of erasure records. Escaping turns every <c>!</c> of a team id into <c>!21</c>, so no team's
    /// partition is ever this one.
    /// </summary>
    public const string ErasurePartition = "!erased";

    private readonly TableClient _teams;
    private readonly TableClient _reps;
    private readonly TableClient _memberships;
    private readonly TableClient _deals;
    private readonly TableClient _submissions;
    private readonly TableClient _revisions;
    private readonly TableClient _actions;
    private readonly TableClient _audit;
    private readonly DocumentTable _documents;
    private readonly TableClient? _monthlyForecasts;

    internal TableTeamDataStore(
        TableClient teams, TableClient reps, TableClient memberships, TableClient deals, TableClient submissions,
        TableClient revisions, TableClient actions, TableClient audit, DocumentTable documents, TableClient? monthlyForecasts = null)
    {
        (_teams, _reps, _memberships, _deals, _submissions, _revisions, _actions, _audit, _documents) =
            (teams, reps, memberships, deals, submissions, revisions, actions, audit, documents);
        _monthlyForecasts = monthlyForecasts;
    }

    public async Task<TeamDataCounts> CountAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = KeyCodec.Encode(team.Id.Value);
        var settings = await _teams.GetEntityIfExistsAsync<TableEntity>(Teams.TeamSettingsMapper.Partition, key, ["RowKey"], cancellationToken);
        var conversations = 0;
        foreach (var conversation in Conversations(team))
        {
            conversations += await _documents.GetAsync(TableConversationReferenceStore.ConversationScope, conversation, cancellationToken) is null ? 0 : 1;
        }

        return new TeamDataCounts(
            settings.HasValue ? 1 : 0,
            await RowSweep.CountAsync(_reps, RowSweep.Partition(key), cancellationToken),
            await RowSweep.CountAsync(_deals, RowSweep.Partition(key), cancellationToken),
            await RowSweep.CountAsync(_submissions, RowSweep.PartitionsOf(key), cancellationToken)
                + (_monthlyForecasts is null ? 0 : await RowSweep.CountAsync(_monthlyForecasts, RowSweep.PartitionsOf(key), cancellationToken)),
            await RowSweep.CountAsync(_revisions, RowSweep.PartitionsOf(key), cancellationToken),
            await RowSweep.CountAsync(_actions, RowSweep.PartitionsOf(key), cancellationToken),
            await RowSweep.CountAsync(_audit, RowSweep.Partition(key), cancellationToken),
            conversations);
    }

    public async Task<TeamDataCounts> DeleteAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = KeyCodec.Encode(team.Id.Value);

        // The index row of a rep is removed after the rep row (the index is written first and removed last).
        var roster = await RowSweep.DeleteAsync(_reps, RowSweep.Partition(key), async reps =>
        {
            foreach (var rep in reps)
            {
                await _memberships.DeleteEntityAsync(rep.RowKey, key, Azure.ETag.All, cancellationToken);
            }
        }, cancellationToken);
        var deals = await RowSweep.DeleteAsync(_deals, RowSweep.Partition(key), null, cancellationToken);
        var submissions = await RowSweep.DeleteAsync(_submissions, RowSweep.PartitionsOf(key), null, cancellationToken);
        if (_monthlyForecasts is not null)
        {
            submissions += await RowSweep.DeleteAsync(_monthlyForecasts, RowSweep.PartitionsOf(key), null, cancellationToken);
        }
        var revisions = await RowSweep.DeleteAsync(_revisions, RowSweep.PartitionsOf(key), null, cancellationToken);
        var deliveries = await RowSweep.DeleteAsync(_actions, RowSweep.PartitionsOf(key), null, cancellationToken);
        var audit = await RowSweep.DeleteAsync(_audit, RowSweep.Partition(key), null, cancellationToken);
        var conversations = 0;
        foreach (var conversation in Conversations(team))
        {
            conversations += await _documents.DeleteAsync(TableConversationReferenceStore.ConversationScope, conversation, null, cancellationToken) ? 1 : 0;
        }

        var settings = await RowSweep.DeleteAsync(
            _teams,
            TableClient.CreateQueryFilter($"PartitionKey eq {Teams.TeamSettingsMapper.Partition} and RowKey eq {key}"),
            null,
            cancellationToken);
        return new TeamDataCounts(settings, roster, deals, submissions, revisions, deliveries, audit, conversations);
    }

    public async Task RecordErasureAsync(TeamErasureRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var at = InvariantText.CheckInstant(record.At, nameof(record.At));
        var counts = record.Counts;
        await _audit.AddEntityAsync(
            new TeamErasureEntity
            {
                PartitionKey = ErasurePartition,
                RowKey = KeyCodec.Join(
                    (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture),
                    (9 - (int)record.Stage).ToString(CultureInfo.InvariantCulture), // at one instant, Completed before Started
                    Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)),
                TeamId = record.Team.Value,
                TeamName = record.TeamName,
                TenantId = record.TenantId,
                Actor = record.Actor.Value,
                At = at,
                Stage = record.Stage.ToString(),
                Settings = counts.Settings,
                Roster = counts.Roster,
                Deals = counts.Deals,
                Submissions = counts.Submissions,
                Revisions = counts.Revisions,
                Deliveries = counts.Deliveries,
                Audit = counts.Audit,
                Conversations = counts.Conversations,
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TeamErasureRecord>> ListErasuresAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var records = new List<TeamErasureRecord>();
        await foreach (var row in _audit.QueryAsync<TeamErasureEntity>(RowSweep.Partition(ErasurePartition), Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            records.Add(new TeamErasureRecord(
                TeamId.From(row.TeamId ?? throw InvariantText.Corrupt(nameof(row.TeamId), null)),
                row.TeamName ?? string.Empty,
                row.TenantId,
                RepId.From(row.Actor ?? throw InvariantText.Corrupt(nameof(row.Actor), null)),
                row.At ?? throw InvariantText.Corrupt(nameof(row.At), null),
                InvariantText.ToEnum<TeamErasureStage>(row.Stage, nameof(row.Stage)),
                new TeamDataCounts(row.Settings, row.Roster, row.Deals, row.Submissions, row.Revisions, row.Deliveries, row.Audit, row.Conversations)));
            if (records.Count == max)
            {
                break;
            }
        }

        return records;
    }

    // The team's channels BotCommit keeps a reference of: General (its id is the team's) and the summary channel.
    private static IEnumerable<string> Conversations(TeamSettings team) =>
        new[] { team.Id.Value, team.SummaryChannel?.ConversationId }.OfType<string>().Distinct(StringComparer.Ordinal);
}
