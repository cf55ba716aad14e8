namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The rep's own figures shown at the top of the check-in and receipt cards, computed by the caller from the rep's
/// snapshot (domain.md: this week's Commit/Upside, month and quarter Won, forecast and upside), in the team currency.
/// </summary>
public sealed record RepTotals(
    decimal WeekCommit,
    decimal WeekUpside,
    decimal MonthWon,
    decimal MonthForecast,
    decimal MonthUpside,
    decimal QuarterWon,
    decimal QuarterForecast,
    decimal QuarterUpside)
{
    /// <summary>A rep with nothing in any period.</summary>
    public static RepTotals Zero { get; } = new(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m);
}
