using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The rules entered monthly-forecast values must meet, as codes (<see cref="MonthlyForecastViolation"/>) that the card
/// and the exchange layer word for the field they belong to. Values are taken as far as they could be read (unreadable
/// input is the card layer's to report). An action plan is trimmed first; a blank one is no action plan.
/// </summary>
public static class MonthlyForecastRules
{
    /// <summary>
    /// The broken rules, in this order: per entry in the given order, a month outside m..m+11 or repeated, then its
    /// forecast's and its upside's amount rules (negative, more than 2 decimals, above <paramref name="amountCeiling"/>);
    /// then each month of the window without a forecast, in calendar order; then the action plan. Empty when the values
    /// make a <see cref="MonthlyForecast"/> (<see cref="Build"/>).
    /// </summary>
    /// <param name="month">m, the month the forecast is for.</param>
    /// <param name="entries">The entered months (any order).</param>
    /// <param name="actionPlan">The entered action plan, if any.</param>
    /// <param name="amountCeiling">Amounts above it are typos (<see cref="TeamSettings.AmountCeiling"/>).</param>
    public static IReadOnlyList<MonthlyForecastViolation> Check(
        YearMonth month, IReadOnlyList<MonthlyForecastEntry> entries, string? actionPlan, decimal amountCeiling)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var broken = new List<MonthlyForecastViolation>();
        var seen = new HashSet<YearMonth>();
        var forecastGiven = new HashSet<YearMonth>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (!MonthlyCalendar.Covers(month, entry.Month))
            {
                broken.Add(new(MonthlyForecastRule.MonthOutsideWindow, MonthlyForecastField.Month, entry.Month));
                continue;
            }

            if (!seen.Add(entry.Month))
            {
                broken.Add(new(MonthlyForecastRule.MonthRepeated, MonthlyForecastField.Month, entry.Month));
                continue;
            }

            CheckAmount(entry.Forecast, MonthlyForecastField.Forecast, entry.Month, amountCeiling, broken);
            CheckAmount(entry.Upside, MonthlyForecastField.Upside, entry.Month, amountCeiling, broken);
            if (entry.Forecast is not null)
            {
                forecastGiven.Add(entry.Month);
            }
        }

        foreach (var covered in MonthlyCalendar.Window(month).Where(m => !forecastGiven.Contains(m)))
        {
            broken.Add(new(MonthlyForecastRule.ForecastMissing, MonthlyForecastField.Forecast, covered));
        }

        var plan = Normalize(actionPlan);
        if (plan is not null && plan.Length > MonthlyForecast.MaxActionPlanLength)
        {
            broken.Add(new(MonthlyForecastRule.ActionPlanTooLong, MonthlyForecastField.ActionPlan, null));
        }

        if (plan is not null && !MonthlyForecast.IsOneLine(plan))
        {
            broken.Add(new(MonthlyForecastRule.ActionPlanNotOneLine, MonthlyForecastField.ActionPlan, null));
        }

        return broken;
    }

    /// <summary>
    /// The forecast the entered values make (upside empty = 0, action plan trimmed, blank = none), submitted at
    /// <paramref name="submittedAt"/>. The amount ceiling is a team policy checked by <see cref="Check"/>, not here.
    /// </summary>
    /// <exception cref="ArgumentException">The values break a rule other than the ceiling (call <see cref="Check"/> first).</exception>
    public static MonthlyForecast Build(
        TeamId team, RepId rep, YearMonth month, IReadOnlyList<MonthlyForecastEntry> entries, string? actionPlan, DateTimeOffset submittedAt)
    {
        var broken = Check(month, entries, actionPlan, decimal.MaxValue);
        if (broken.Count > 0)
        {
            throw new ArgumentException(
                "The entered forecast breaks " + string.Join(", ", broken.Select(b => $"{b.Rule} ({b.Field} {b.Month})")) + ".",
                nameof(entries));
        }

        var byMonth = entries.ToDictionary(e => e.Month);
        MonthForecastLine[] lines =
            [.. MonthlyCalendar.Window(month).Select(m => new MonthForecastLine(m, byMonth[m].Forecast!.Value, byMonth[m].Upside ?? 0m))];
        return new MonthlyForecast(team, rep, month, lines) { ActionPlan = Normalize(actionPlan), SubmittedAt = submittedAt };
    }

    private static string? Normalize(string? actionPlan) =>
        string.IsNullOrWhiteSpace(actionPlan) ? null : actionPlan.Trim();

    private static void CheckAmount(
        decimal? amount, MonthlyForecastField field, YearMonth month, decimal ceiling, List<MonthlyForecastViolation> broken)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value < 0m)
        {
            broken.Add(new(MonthlyForecastRule.AmountNegative, field, month));
        }
        else if (decimal.Round(value, 2) != value)
        {
            broken.Add(new(MonthlyForecastRule.AmountTooPrecise, field, month));
        }
        else if (value > ceiling)
        {
            broken.Add(new(MonthlyForecastRule.AmountAboveCeiling, field, month));
        }
    }
}
