using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A node's settings as they apply, with where each came from: the node itself, the nearest ancestor that set it
/// (<c>…From</c> names that node), or the default (<c>…From</c> null: UTC, January, USD as for a lone team).
/// <see cref="CallDeadline"/> is the node's own or the default for its height (<see cref="CallDeadlineIsDefault"/>).
/// </summary>
public sealed record EffectiveSettings(
    NodeId Node,
    string TimeZoneId,
    NodeId? TimeZoneFrom,
    int FiscalYearStartMonth,
    NodeId? FiscalCalendarFrom,
    string Currency,
    NodeId? CurrencyFrom,
    LocalWeeklyTime CallDeadline,
    bool CallDeadlineIsDefault);
