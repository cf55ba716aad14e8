using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Regions;

/// <summary>Maps <see cref="CallSubmission"/> and <see cref="CallRecord"/> to and from their rows.</summary>
internal static class CallMapper
{
    public static string Partition(NodeId node, ForecastWeek week) => KeyCodec.Join(KeyCodec.Encode(node.Value), week.ToString());

    public static string RowKey(DateTimeOffset at, RepId submitter) =>
        KeyCodec.Join(at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture), KeyCodec.Encode(submitter.Value));

    public static CallSubmissionEntity ToEntity(CallSubmission call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var at = InvariantText.CheckInstant(call.SubmittedAt, nameof(call)).ToUniversalTime();
        var content = new CallContentDocument(
            [.. call.Changes.Select(c => new FigureChangeDocument(Named(c.Figure), c.Value, c.Note))],
            [.. call.Moves.Select(m => new MovedDealDocument(
                m.Team.Value, m.Rep.Value, m.Deal.Value, Named(m.From), Named(m.To), m.Amount, InvariantText.FromDate(m.CloseDate), ToDocument(m.Effect), m.Note, m.Account, m.Name))]);
        return new CallSubmissionEntity
        {
            PartitionKey = Partition(call.Node, call.Week),
            RowKey = RowKey(at, call.Submitter),
            Submitter = call.Submitter.Value,
            SubmittedAt = at,
            ContentJson = JsonColumn.Write(content, StorageJsonContext.Default.CallContentDocument),
        };
    }

    public static CallSubmission ToDomain(NodeId node, ForecastWeek week, CallSubmissionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var content = JsonColumn.Read(
            entity.ContentJson ?? throw InvariantText.Corrupt(nameof(entity.ContentJson), null), nameof(entity.ContentJson), StorageJsonContext.Default.CallContentDocument);
        const string column = nameof(entity.ContentJson);
        return new CallSubmission(
            node,
            week,
            RepId.From(entity.Submitter ?? throw InvariantText.Corrupt(nameof(entity.Submitter), null)),
            entity.SubmittedAt,
            [.. (content.Changes ?? throw InvariantText.Corrupt(column, entity.ContentJson))
                .Select(c => new FigureChange(InvariantText.ToEnum<CallFigure>(c.Figure, column), c.Value, c.Note))],
            [.. (content.Moves ?? throw InvariantText.Corrupt(column, entity.ContentJson))
                .Select(m => new MovedDeal(
                    TeamId.From(m.Team), RepId.From(m.Rep), DealId.From(m.Deal),
                    InvariantText.ToEnum<ForecastCategory>(m.From, column), InvariantText.ToEnum<ForecastCategory>(m.To, column),
                    m.Amount, InvariantText.ToDate(m.CloseDate, column), ToDomain(m.Effect, column), m.Note)
                {
                    Account = m.Account ?? "",
                    Name = m.Name ?? "",
                })]);
    }

    public static CallRecordEntity ToEntity(CallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CallRecordEntity
        {
            PartitionKey = KeyCodec.Encode(record.Node.Value),
            RowKey = record.Week.ToString(),
            RollUpJson = JsonColumn.Write(ToDocument(record.RollUp), StorageJsonContext.Default.CallFiguresDocument),
            CallJson = JsonColumn.Write(ToDocument(record.Call), StorageJsonContext.Default.CallFiguresDocument),
            CalledBy = record.CalledBy?.Value,
            LastWeekActual = InvariantText.FromDecimal(record.LastWeekActual),
        };
    }

    public static CallRecord ToDomain(NodeId node, CallRecordEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new CallRecord(
            node,
            ForecastWeek.TryParse(entity.RowKey, out var week) ? week : throw InvariantText.Corrupt(nameof(entity.RowKey), entity.RowKey),
            Figures(entity.RollUpJson, nameof(entity.RollUpJson)),
            Figures(entity.CallJson, nameof(entity.CallJson)),
            entity.CalledBy is { } by ? RepId.From(by) : null,
            InvariantText.ToDecimal(entity.LastWeekActual, nameof(entity.LastWeekActual)));
    }

    private static CallFigures Figures(string? json, string column) =>
        ToDomain(JsonColumn.Read(json ?? throw InvariantText.Corrupt(column, null), column, StorageJsonContext.Default.CallFiguresDocument), column);

    private static CallFiguresDocument ToDocument(CallFigures f) =>
        new(f.ThisWeekCommit, f.ThisWeekUpside, f.MonthForecast, f.MonthUpside, f.QuarterForecast, f.QuarterUpside);

    private static CallFigures ToDomain(CallFiguresDocument? d, string column) =>
        d is null
            ? throw InvariantText.Corrupt(column, null)
            : new CallFigures(d.ThisWeekCommit, d.ThisWeekUpside, d.MonthForecast, d.MonthUpside, d.QuarterForecast, d.QuarterUpside);

    private static string Named<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) && !EqualityComparer<TEnum>.Default.Equals(value, default)
            ? value.ToString()
            : throw new ArgumentException($"'{value}' is not a {typeof(TEnum).Name}.", nameof(value));
}
