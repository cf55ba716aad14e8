using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// A rep's 12-month forecast submitted for month <see cref="Month"/> (m): one <see cref="MonthForecastLine"/> for each of
/// m..m+11, in order, an optional one-line action plan for the month (agreed with the manager) and the UTC instant it was
/// submitted (null for a forecast carried forward from an earlier one, see <see cref="MonthlyForecastResolver"/>).
/// Invariants throw <see cref="ArgumentException"/>; the friendly path is <see cref="MonthlyForecastRules"/>.
/// </summary>
public sealed record MonthlyForecast(TeamId Team, RepId Rep, YearMonth Month, IReadOnlyList<MonthForecastLine> Lines)
{
    /// <summary>The longest action plan (characters); it is one line on the review.</summary>
    public const int MaxActionPlanLength = 280;

    public IReadOnlyList<MonthForecastLine> Lines { get; init => field = CheckLines(value, Month, nameof(Lines)); } = CheckLines(Lines, Month, nameof(Lines));

    /// <summary>One line of action plan for the month; null when none. Never blank, never more than one line.</summary>
    public string? ActionPlan { get; init => field = CheckActionPlan(value, nameof(ActionPlan)); }

    /// <summary>When the rep submitted it (UTC); null when carried forward.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    public string RepName { get; init => field = Guard.NotNull(value, nameof(RepName)); } = string.Empty;

    /// <summary>Σ forecast for m..m+11.</summary>
    public decimal TwelveMonthForecast => Lines.Sum(l => l.Forecast);

    /// <summary>Σ upside for m..m+11.</summary>
    public decimal TwelveMonthUpside => Lines.Sum(l => l.Upside);

    /// <summary>The line for <paramref name="month"/>, or null when the forecast does not cover it.</summary>
    public MonthForecastLine? LineFor(YearMonth month) =>
        MonthlyCalendar.Covers(Month, month) ? Lines[MonthlyCalendar.MonthsBetween(Month, month)] : null;

    /// <summary>The forecast for <paramref name="month"/>, or null when the forecast does not cover it.</summary>
    public decimal? ForecastFor(YearMonth month) => LineFor(month)?.Forecast;

    internal static bool IsOneLine(string text) => text.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085']) < 0;

    private static IReadOnlyList<MonthForecastLine> CheckLines(IReadOnlyList<MonthForecastLine> lines, YearMonth month, string paramName)
    {
        ArgumentNullException.ThrowIfNull(lines, paramName);
        if (lines.Count != MonthlyCalendar.MonthsCovered)
        {
            throw new ArgumentException($"A monthly forecast has {MonthlyCalendar.MonthsCovered} months, not {lines.Count}.", paramName);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null || lines[i].Month != month.AddMonths(i))
            {
                throw new ArgumentException($"Line {i + 1} of the forecast for {month} must be {month.AddMonths(i)}.", paramName);
            }
        }

        return lines;
    }

    private static string? CheckActionPlan(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxActionPlanLength || !IsOneLine(text))
        {
            throw new ArgumentException($"An action plan is one non-blank line of at most {MaxActionPlanLength} characters.", paramName);
        }

        return text;
    }
}
