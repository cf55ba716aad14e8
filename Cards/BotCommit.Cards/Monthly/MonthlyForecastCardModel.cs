using System.Globalization;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// What the monthly forecast card shows: the month, the deadline (team offset) and whether it passed, the twelve rows, the
/// action plan, and the problems of a refused submission — unreadable values (<see cref="FieldErrors"/>, worded like the
/// check-in card's) and broken rules (<see cref="Violations"/>) — each shown under its input.
/// </summary>
public sealed record MonthlyForecastCardModel(YearMonth Month, DateTimeOffset Deadline, string Currency, IReadOnlyList<MonthlyCardRow> Rows)
{
    public bool PastDeadline { get; init; }

    public string? ActionPlan { get; init; }

    /// <summary>True when the rows hold a submission for this month (the card is an edit).</summary>
    public bool Submitted { get; init; }

    public IReadOnlyList<FieldError> FieldErrors { get; init; } = [];

    public IReadOnlyList<MonthlyForecastViolation> Violations { get; init; } = [];

    public int ErrorCount => FieldErrors.Count + Violations.Count;

    /// <summary>The card of a prepared view: its draft's values (invariant text, which the parser reads back) and hints.</summary>
    public static MonthlyForecastCardModel From(MonthlyCheckInView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new MonthlyForecastCardModel(
            view.Month,
            view.Deadline,
            view.Team.Currency,
            [.. view.Draft.Months.Select(m => new MonthlyCardRow(m.Month, Invariant(m.Forecast), Invariant(m.Upside), m.Hint))])
        {
            PastDeadline = view.PastDeadline,
            ActionPlan = view.ActionPlan,
            Submitted = view.Latest is not null,
        };
    }

    private static string? Invariant(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
