using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Roster;

/// <summary>Maps <see cref="Rep"/> to and from <see cref="RepEntity"/>, and builds the membership index row.</summary>
internal static class RepMapper
{
    public static string PartitionKey(TeamId team) => KeyCodec.Encode(team.Value);

    public static string RowKey(RepId rep) => KeyCodec.Encode(rep.Value);

    public static RepEntity ToEntity(Rep rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return new RepEntity
        {
            PartitionKey = PartitionKey(rep.Team),
            RowKey = RowKey(rep.Id),
            DisplayName = rep.DisplayName,
            TimeZoneId = rep.TimeZoneId,
            TimeZoneSetByAdmin = rep.TimeZoneSetByAdmin,
            Locale = rep.Locale,
            ManagerId = rep.ManagerId?.Value,
            Active = rep.Active,
            AwayUntil = InvariantText.FromDate(rep.AwayUntil),
            AwayReason = rep.AwayReason,
            AwayRecordedAt = InvariantText.CheckInstant(rep.AwayRecordedAt, nameof(rep.AwayRecordedAt)),
            MonthTargetsJson = JsonColumn.FromTargets(rep.MonthTargets),
            QuarterTargetsJson = JsonColumn.FromTargets(rep.QuarterTargets),
            IsManager = rep.IsManager,
            LeftWeek = rep.LeftWeek?.ToString(),
            PendingAuditJson = PendingAuditColumn.Write(rep.PendingAudit),
        };
    }

    public static Rep ToDomain(RepEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Rep(
            TeamId.From(KeyCodec.Decode(entity.PartitionKey)),
            RepId.From(KeyCodec.Decode(entity.RowKey)),
            entity.DisplayName ?? throw InvariantText.Corrupt(nameof(entity.DisplayName), null))
        {
            TimeZoneId = entity.TimeZoneId,
            TimeZoneSetByAdmin = entity.TimeZoneSetByAdmin,
            Locale = entity.Locale,
            ManagerId = entity.ManagerId is null ? null : RepId.From(entity.ManagerId),
            Active = entity.Active,
            AwayUntil = InvariantText.ToOptionalDate(entity.AwayUntil, nameof(entity.AwayUntil)),
            AwayReason = entity.AwayReason,
            AwayRecordedAt = entity.AwayRecordedAt,
            MonthTargets = JsonColumn.ToTargets(entity.MonthTargetsJson, nameof(entity.MonthTargetsJson)),
            QuarterTargets = JsonColumn.ToTargets(entity.QuarterTargetsJson, nameof(entity.QuarterTargetsJson)),
            IsManager = entity.IsManager,
            LeftWeek = entity.LeftWeek is null ? null
                : ForecastWeek.TryParse(entity.LeftWeek, out var left) ? left : throw InvariantText.Corrupt(nameof(entity.LeftWeek), entity.LeftWeek),
            PendingAudit = PendingAuditColumn.Read(TeamId.From(KeyCodec.Decode(entity.PartitionKey)), entity.PendingAuditJson, nameof(entity.PendingAuditJson)),
        };
    }

    /// <summary>The index row saying <paramref name="rep"/> is on <paramref name="team"/>.</summary>
    public static MembershipEntity ToMembership(TeamId team, RepId rep) =>
        new() { PartitionKey = RowKey(rep), RowKey = PartitionKey(team) };
}
