using System.Globalization;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>Maps <see cref="OrgNode"/> to and from <see cref="OrgNodeEntity"/>.</summary>
internal static class OrgNodeMapper
{
    public const string Partition = "tree";

    /// <summary>The version row's key (node rows start with <c>n|</c>).</summary>
    public const string VersionRow = "~";

    private const string TimeFormat = "HH:mm:ss.fffffff";

    /// <summary>Node ids are escaped and prefixed with <c>n|</c>, so no node row can be the version row.</summary>
    public static string RowKey(NodeId node) => KeyCodec.Join("n", KeyCodec.Encode(node.Value));

    public static OrgNodeEntity Version() => new() { PartitionKey = Partition, RowKey = VersionRow };

    public static OrgNodeEntity ToEntity(OrgNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new OrgNodeEntity
        {
            PartitionKey = Partition,
            RowKey = RowKey(node.Id),
            Kind = node.Kind.ToString(),
            Name = node.Name,
            Parent = node.Parent?.Value,
            ManagersJson = JsonColumn.FromList(node.Managers.Select(m => m.Value)),
            ChannelId = node.ChannelId,
            TimeZoneId = node.TimeZoneId,
            FiscalYearStartMonth = node.FiscalYearStartMonth,
            Currency = node.Currency,
            MonthTargetsJson = JsonColumn.FromTargets(node.MonthTargets),
            QuarterTargetsJson = JsonColumn.FromTargets(node.QuarterTargets),
            CallDeadlineJson = node.CallDeadline is { } deadline
                ? JsonColumn.Write(
                    new WeeklyTimeDocument(deadline.Day.ToString(), deadline.Time.ToString(TimeFormat, CultureInfo.InvariantCulture)),
                    StorageJsonContext.Default.WeeklyTimeDocument)
                : null,
        };
    }

    public static OrgNode ToDomain(OrgNodeEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var parts = KeyCodec.Split(entity.RowKey);
        if (parts.Length != 2 || parts[0] != "n")
        {
            throw InvariantText.Corrupt(nameof(entity.RowKey), entity.RowKey);
        }

        return new OrgNode(
            NodeId.From(KeyCodec.Decode(parts[1])),
            InvariantText.ToEnum<NodeKind>(entity.Kind, nameof(entity.Kind)),
            entity.Name ?? throw InvariantText.Corrupt(nameof(entity.Name), null))
        {
            Parent = entity.Parent is { } parent ? NodeId.From(parent) : null,
            Managers = [.. JsonColumn.ToList(entity.ManagersJson, nameof(entity.ManagersJson)).Select(RepId.From)],
            ChannelId = entity.ChannelId,
            TimeZoneId = entity.TimeZoneId,
            FiscalYearStartMonth = entity.FiscalYearStartMonth,
            Currency = entity.Currency,
            MonthTargets = JsonColumn.ToTargets(entity.MonthTargetsJson, nameof(entity.MonthTargetsJson)),
            QuarterTargets = JsonColumn.ToTargets(entity.QuarterTargetsJson, nameof(entity.QuarterTargetsJson)),
            CallDeadline = entity.CallDeadlineJson is { } json ? Deadline(json, nameof(entity.CallDeadlineJson)) : null,
        };
    }

    /// <summary>Whether two rows hold the same node (the save writes only the nodes that differ).</summary>
    public static bool SameContent(OrgNodeEntity a, OrgNodeEntity b) =>
        a.RowKey == b.RowKey && a.Kind == b.Kind && a.Name == b.Name && a.Parent == b.Parent && a.ManagersJson == b.ManagersJson
        && a.ChannelId == b.ChannelId && a.TimeZoneId == b.TimeZoneId && a.FiscalYearStartMonth == b.FiscalYearStartMonth
        && a.Currency == b.Currency && a.MonthTargetsJson == b.MonthTargetsJson && a.QuarterTargetsJson == b.QuarterTargetsJson
        && a.CallDeadlineJson == b.CallDeadlineJson;

    private static LocalWeeklyTime Deadline(string json, string column)
    {
        var document = JsonColumn.Read(json, column, StorageJsonContext.Default.WeeklyTimeDocument);
        return Enum.TryParse<DayOfWeek>(document.Day, ignoreCase: false, out var day)
            && Enum.IsDefined(day)
            && !document.Day.Any(char.IsAsciiDigit)
            && TimeOnly.TryParseExact(document.Time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? new LocalWeeklyTime(day, time)
                : throw InvariantText.Corrupt(column, json);
    }
}
