using System.Globalization;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Audit;

/// <summary>Keys and mapping of <see cref="AuditEntry"/> rows.</summary>
internal static class AuditMapper
{
    /// <summary>A string property holds at most 64 KiB (32K UTF-16 characters).</summary>
    public const int MaxValueLength = 32 * 1024;

    public static string PartitionKey(TeamId team) => KeyCodec.Encode(team.Value);

    /// <summary>Newest first: ticks counted down from <see cref="DateTimeOffset.MaxValue"/>, fixed width.</summary>
    /// <remarks>The unique part is the entry's <see cref="AuditEntry.ChangeId"/> when it has one, so appending it again hits the same row.</remarks>
    public static string RowKey(DateTimeOffset at, string unique) =>
        KeyCodec.Join(
            (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture),
            unique);

    public static AuditEntity ToEntity(AuditEntry entry, Guid unique)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = InvariantText.CheckInstant(entry.At, nameof(entry.At));
        return new AuditEntity
        {
            PartitionKey = PartitionKey(entry.Team),
            RowKey = RowKey(at, entry.ChangeId is { } changeId ? KeyCodec.Encode(changeId) : unique.ToString("N", CultureInfo.InvariantCulture)),
            At = at,
            Actor = entry.Actor.Value,
            Setting = entry.Setting,
            OldValue = CheckLength(entry.OldValue, nameof(entry.OldValue)),
            NewValue = CheckLength(entry.NewValue, nameof(entry.NewValue)),
            ChangeId = entry.ChangeId,
        };
    }

    public static AuditEntry ToDomain(TeamId team, AuditEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new AuditEntry(
            team,
            entity.At ?? throw InvariantText.Corrupt(nameof(entity.At), null),
            RepId.From(entity.Actor ?? throw InvariantText.Corrupt(nameof(entity.Actor), null)),
            entity.Setting ?? throw InvariantText.Corrupt(nameof(entity.Setting), null),
            entity.OldValue,
            entity.NewValue)
        {
            ChangeId = entity.ChangeId,
        };
    }

    private static string? CheckLength(string? value, string paramName) =>
        value is { Length: > MaxValueLength }
            ? throw new ArgumentException($"An audited value is stored with at most {MaxValueLength} characters.", paramName)
            : value;
}
