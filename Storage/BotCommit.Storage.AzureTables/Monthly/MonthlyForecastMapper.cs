using System.Globalization;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Monthly;

/// <summary>Maps <see cref="MonthlyForecast"/> to and from its row.</summary>
internal static class MonthlyForecastMapper
{
    public static string Partition(TeamId team, YearMonth month) => KeyCodec.Join(KeyCodec.Encode(team.Value), month.ToString());

    public static string RepPart(RepId rep) => KeyCodec.Encode(rep.Value);

    public static string RowKey(RepId rep, DateTimeOffset at) =>
        KeyCodec.Join(RepPart(rep), at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture));

    public static MonthlyForecastEntity ToEntity(MonthlyForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var at = InvariantText.CheckInstant(forecast.SubmittedAt, nameof(forecast))?.ToUniversalTime()
            ?? throw new ArgumentException("A monthly forecast is stored with its instant.", nameof(forecast));
        List<MonthLineDocument> lines = [.. forecast.Lines.Select(l => new MonthLineDocument(l.Month.ToString(), l.Forecast, l.Upside))];
        return new MonthlyForecastEntity
        {
            PartitionKey = Partition(forecast.Team, forecast.Month),
            RowKey = RowKey(forecast.Rep, at),
            Rep = forecast.Rep.Value,
            RepName = forecast.RepName,
            SubmittedAt = at,
            ActionPlan = forecast.ActionPlan,
            LinesJson = JsonColumn.Write(lines, StorageJsonContext.Default.ListMonthLineDocument),
        };
    }

    public static MonthlyForecast ToDomain(TeamId team, YearMonth month, MonthlyForecastEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        const string column = nameof(entity.LinesJson);
        var lines = JsonColumn.Read(entity.LinesJson ?? throw InvariantText.Corrupt(column, null), column, StorageJsonContext.Default.ListMonthLineDocument);
        try
        {
            return new MonthlyForecast(
                team,
                RepId.From(entity.Rep ?? throw InvariantText.Corrupt(nameof(entity.Rep), null)),
                month,
                [.. lines.Select(l => new MonthForecastLine(
                    YearMonth.TryParse(l.Month, out var m) ? m : throw InvariantText.Corrupt(column, entity.LinesJson), l.Forecast, l.Upside))])
            {
                RepName = entity.RepName ?? string.Empty,
                ActionPlan = entity.ActionPlan,
                SubmittedAt = entity.SubmittedAt,
            };
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"Monthly forecast row '{entity.PartitionKey}/{entity.RowKey}' is not a valid forecast.", exception);
        }
    }
}
