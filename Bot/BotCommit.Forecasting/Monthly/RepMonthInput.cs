using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// One roster member's input to the monthly review of month m, everything already resolved by the caller:
/// <list type="bullet">
/// <item><see cref="Forecast"/>: the monthly forecast of record for m (<see cref="MonthlyForecastResolver"/>), null when none;</item>
/// <item><see cref="PreviousForecast"/>: the one for m−1 (plan achievement, volatility, forecast growth);</item>
/// <item><see cref="FirstSnapshot"/>: this month's first snapshot of record (week <see cref="MonthlyCalendar.DueWeek"/> of m);</item>
/// <item><see cref="PreviousFirstSnapshot"/>: last month's first snapshot of record (week <c>DueWeek(m−1)</c>);</item>
/// <item><see cref="PreviousMonthLastSnapshot"/>: the snapshot of record of m−1's last review week (<see cref="MonthlyCalendar.LastWeek"/>),
/// which still holds the Won deals of m−1 that the first snapshot of m leaves out when m opens a fiscal quarter;</item>
/// <item><see cref="Away"/>: away for m's due week, as known by its deadline (excluded from compliance, figures kept).</item>
/// </list>
/// Anything missing counts as empty.
/// </summary>
public sealed record RepMonthInput(Rep Rep, MonthlyForecastOfRecord? Forecast, MonthlyForecastOfRecord? PreviousForecast)
{
    public Submission? FirstSnapshot { get; init; }

    public Submission? PreviousFirstSnapshot { get; init; }

    public Submission? PreviousMonthLastSnapshot { get; init; }

    public bool Away { get; init; }
}
