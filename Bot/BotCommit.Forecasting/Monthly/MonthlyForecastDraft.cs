using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The monthly card of month <see cref="Month"/> as <see cref="MonthlyForecastPrefill"/> fills it: twelve
/// <see cref="DraftMonth"/>s, m..m+11. <see cref="PrefilledFrom"/> is the month of the forecast the values came from (null
/// for a rep's first monthly forecast). The action plan is never pre-filled: it is this month's.
/// </summary>
public sealed record MonthlyForecastDraft(YearMonth Month, IReadOnlyList<DraftMonth> Months, YearMonth? PrefilledFrom)
{
    /// <summary>The draft as entered values (what the card submits when the rep changes nothing).</summary>
    public IReadOnlyList<MonthlyForecastEntry> ToEntries() =>
        [.. Months.Select(m => new MonthlyForecastEntry(m.Month, m.Forecast, m.Upside))];
}
