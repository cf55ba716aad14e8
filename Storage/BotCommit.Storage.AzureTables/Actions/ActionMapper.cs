using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Actions;

/// <summary>
/// Keys and mapping of <see cref="ActionRecord"/> rows (a team's week of deliveries is one partition). A subject longer
/// than <see cref="MaxEscapedSubjectLength"/> once escaped (a long conversation id) is keyed by its hash and kept in a column.
/// </summary>
internal static class ActionMapper
{
    private const int MaxEscapedSubjectLength = 400;

    public static string PartitionKey(TeamId team, ForecastWeek week) => KeyCodec.Join(KeyCodec.Encode(team.Value), week.ToString());

    public static string RowKey(string subject, ScheduledActionKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (!Enum.IsDefined(kind) || kind == ScheduledActionKind.Unknown)
        {
            throw new ArgumentException($"'{kind}' is not an action kind.", nameof(kind));
        }

        return KeyCodec.Join(KeyCodec.EncodeOrHash(subject, MaxEscapedSubjectLength), kind.ToString());
    }

    public static ActionEntity ToEntity(ActionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ActionEntity
        {
            PartitionKey = PartitionKey(record.Team, record.Week),
            RowKey = RowKey(record.Subject, record.Kind),
            State = CheckState(record.State).ToString(),
            UpdatedAt = InvariantText.CheckInstant(record.UpdatedAt, nameof(record.UpdatedAt)),
            Detail = record.Detail,
            Subject = record.Subject,
            PayloadJson = PayloadDocument.ToJson(record.Payload),
        };
    }

    public static ActionRecord ToDomain(TeamId team, ForecastWeek week, ActionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var parts = KeyCodec.Split(entity.RowKey);
        if (parts.Length != 2)
        {
            throw new InvalidDataException($"'{entity.RowKey}' is not an Actions RowKey (subject|kind).");
        }

        var subject = entity.Subject ?? KeyCodec.Decode(parts[0]);
        return new ActionRecord(team, week, subject, InvariantText.ToEnum<ScheduledActionKind>(parts[1], nameof(entity.RowKey)))
        {
            State = InvariantText.ToEnum<ActionState>(entity.State, nameof(entity.State)),
            UpdatedAt = entity.UpdatedAt ?? throw InvariantText.Corrupt(nameof(entity.UpdatedAt), null),
            Detail = entity.Detail,
            Payload = PayloadDocument.FromJson(entity.PayloadJson, nameof(entity.PayloadJson)),
        };
    }

    private static ActionState CheckState(ActionState state) =>
        Enum.IsDefined(state) && state != ActionState.Unknown
            ? state
            : throw new ArgumentException($"'{state}' is not an action state.", nameof(state));
}
