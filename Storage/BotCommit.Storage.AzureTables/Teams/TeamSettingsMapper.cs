using System.Globalization;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Teams;

/// <summary>Maps <see cref="TeamSettings"/> to and from <see cref="TeamSettingsEntity"/>.</summary>
internal static class TeamSettingsMapper
{
    /// <summary>Every team lives in this one partition, so listing the teams is one partition read.</summary>
    public const string Partition = "team";

    public static string RowKey(TeamId team) => KeyCodec.Encode(team.Value);

    public static TeamSettingsEntity ToEntity(TeamSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new TeamSettingsEntity
        {
            PartitionKey = Partition,
            RowKey = RowKey(settings.Id),
            Name = settings.Name,
            TimeZoneId = settings.TimeZoneId,
            FiscalYearStartMonth = settings.FiscalYearStartMonth,
            Currency = settings.Currency,
            Culture = settings.Culture,
            AmountStyle = settings.AmountStyle.ToString(),
            ScheduleJson = ScheduleMapper.ToJson(settings.Schedule),
            MonthTargetsJson = JsonColumn.FromTargets(settings.MonthTargets),
            QuarterTargetsJson = JsonColumn.FromTargets(settings.QuarterTargets),
            SkippedWeeksJson = JsonColumn.FromTexts(settings.SkippedWeeks.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal)),
            HolidaysRecordedAtJson = JsonColumn.FromTexts(settings.HolidaysRecordedAt.ToDictionary(
                p => p.Key.ToString(), p => p.Value.ToString("O", CultureInfo.InvariantCulture), StringComparer.Ordinal)),
            TenantId = settings.TenantId,
            AdminsJson = JsonColumn.FromList(settings.Admins.Select(a => a.Value)),
            Paused = settings.Paused,
            BotRemovedAt = settings.BotRemovedAt,
            ScheduleStartsOn = settings.ScheduleStartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AmountCeiling = InvariantText.FromDecimal(settings.AmountCeiling),
            SummaryChannelId = settings.SummaryChannel?.ConversationId,
            SummaryChannelName = settings.SummaryChannel?.Name,
            SummaryChannelRepReaders = settings.SummaryChannel?.RepReaders,
            ShareSummaryWithTeam = settings.ShareSummaryWithTeam,
            MonthlyForecastOff = settings.MonthlyForecastOff,
            TopListSize = settings.TopListSize,
            PendingAuditJson = PendingAuditColumn.Write(settings.PendingAudit),
        };
    }

    public static TeamSettings ToDomain(TeamSettingsEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var skipped = JsonColumn.ToTexts(entity.SkippedWeeksJson, nameof(entity.SkippedWeeksJson));

        // A missing column (a row written before the column existed) takes the domain's default.
        var defaults = new TeamSettings(TeamId.From(KeyCodec.Decode(entity.RowKey)));
        return defaults with
        {
            Name = entity.Name ?? defaults.Name,
            TimeZoneId = entity.TimeZoneId ?? defaults.TimeZoneId,
            FiscalYearStartMonth = entity.FiscalYearStartMonth is >= 1 and <= 12
                ? entity.FiscalYearStartMonth
                : throw InvariantText.Corrupt(nameof(entity.FiscalYearStartMonth), entity.FiscalYearStartMonth.ToString(CultureInfo.InvariantCulture)),
            Currency = entity.Currency ?? defaults.Currency,
            Culture = entity.Culture ?? defaults.Culture,
            AmountStyle = entity.AmountStyle is null
                ? defaults.AmountStyle
                : Enum.TryParse<AmountStyle>(entity.AmountStyle, ignoreCase: false, out var style) && Enum.IsDefined(style) && style != AmountStyle.Unknown
                    ? style
                    : throw InvariantText.Corrupt(nameof(entity.AmountStyle), entity.AmountStyle),
            Schedule = ScheduleMapper.FromJson(entity.ScheduleJson, nameof(entity.ScheduleJson)),
            MonthTargets = JsonColumn.ToTargets(entity.MonthTargetsJson, nameof(entity.MonthTargetsJson)),
            QuarterTargets = JsonColumn.ToTargets(entity.QuarterTargetsJson, nameof(entity.QuarterTargetsJson)),
            SkippedWeeks = skipped.ToDictionary(
                p => ForecastWeek.TryParse(p.Key, out var week) ? week : throw InvariantText.Corrupt(nameof(entity.SkippedWeeksJson), p.Key),
                p => p.Value),
            HolidaysRecordedAt = JsonColumn.ToTexts(entity.HolidaysRecordedAtJson, nameof(entity.HolidaysRecordedAtJson)).ToDictionary(
                p => ForecastWeek.TryParse(p.Key, out var week) ? week : throw InvariantText.Corrupt(nameof(entity.HolidaysRecordedAtJson), p.Key),
                p => DateTimeOffset.TryParseExact(p.Value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    ? at
                    : throw InvariantText.Corrupt(nameof(entity.HolidaysRecordedAtJson), p.Value)),
            TenantId = entity.TenantId,
            Admins = JsonColumn.ToList(entity.AdminsJson, nameof(entity.AdminsJson)).Select(RepId.From).ToList(),
            Paused = entity.Paused,
            BotRemovedAt = entity.BotRemovedAt,
            ScheduleStartsOn = entity.ScheduleStartsOn is null
                ? null
                : DateOnly.TryParseExact(entity.ScheduleStartsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    ? start
                    : throw InvariantText.Corrupt(nameof(entity.ScheduleStartsOn), entity.ScheduleStartsOn),
            AmountCeiling = entity.AmountCeiling is null ? defaults.AmountCeiling : InvariantText.ToDecimal(entity.AmountCeiling, nameof(entity.AmountCeiling)),
            SummaryChannel = entity.SummaryChannelId is { Length: > 0 } channel ? new SummaryChannel(channel, entity.SummaryChannelName)
            {
                RepReaders = entity.SummaryChannelRepReaders is null or >= 0
                    ? entity.SummaryChannelRepReaders
                    : throw InvariantText.Corrupt(nameof(entity.SummaryChannelRepReaders), entity.SummaryChannelRepReaders.Value.ToString(CultureInfo.InvariantCulture)),
            } : null,
            ShareSummaryWithTeam = entity.ShareSummaryWithTeam,
            MonthlyForecastOff = entity.MonthlyForecastOff,
            TopListSize = entity.TopListSize is null or (>= Forecasting.Pipeline.TopListSize.Min and <= Forecasting.Pipeline.TopListSize.Max)
                ? entity.TopListSize
                : throw InvariantText.Corrupt(nameof(entity.TopListSize), entity.TopListSize.Value.ToString(CultureInfo.InvariantCulture)),
            PendingAudit = PendingAuditColumn.Read(defaults.Id, entity.PendingAuditJson, nameof(entity.PendingAuditJson)),
        };
    }
}
