using System.Text.Json;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

// The region export JSON as System.Text.Json reads and writes it (RegionExportJson maps it to and from the domain).
// Every property is required and no other is accepted, so a typo is an error rather than a silently missing input.
internal sealed record RegionExportDocument(
    string Region,
    string Week,
    DateTimeOffset AsOf,
    IReadOnlyList<NodeDocument> Tree,
    IReadOnlyList<TeamDocument> Teams,
    IReadOnlyDictionary<string, DateTimeOffset> Deadlines,
    IReadOnlyList<CallDocument> Calls,
    IReadOnlyList<CallRecordDocument> History);

internal sealed record NodeDocument(
    string Id,
    NodeKind Kind,
    string Name,
    string? Parent,
    IReadOnlyList<string> Managers,
    string? TimeZone,
    int? FiscalYearStartMonth,
    string? Currency,
    IReadOnlyDictionary<string, decimal> MonthTargets,
    IReadOnlyDictionary<string, decimal> QuarterTargets);

// Settings: the team settings JSON (TeamSettingsJson) as an object; Submissions: the submissions CSV (SubmissionsCsv) as text.
internal sealed record TeamDocument(string Team, JsonElement Settings, string Submissions);

internal sealed record CallDocument(
    string Node,
    string Submitter,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<FigureChangeDocument> Changes,
    IReadOnlyList<MovedDealDocument> Moves);

internal sealed record FigureChangeDocument(CallFigure Figure, decimal Value, string Note);

internal sealed record MovedDealDocument(
    string Team,
    string Rep,
    string Deal,
    ForecastCategory From,
    ForecastCategory To,
    decimal Amount,
    DateOnly CloseDate,
    CallFiguresDocument Effect,
    string Note,
    string? Account = null,
    string? Name = null);

internal sealed record CallFiguresDocument(
    decimal ThisWeekCommit,
    decimal ThisWeekUpside,
    decimal MonthForecast,
    decimal MonthUpside,
    decimal QuarterForecast,
    decimal QuarterUpside);

internal sealed record CallRecordDocument(string Node, string Week, CallFiguresDocument RollUp, CallFiguresDocument Call, string? CalledBy, decimal LastWeekActual);
