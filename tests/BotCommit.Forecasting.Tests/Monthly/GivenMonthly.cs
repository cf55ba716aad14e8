using System.Globalization;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Monthly;

/// <summary>
/// Compact monthly test data. Twelve months are written "f[/u] ..." in calendar order from m, where f is the forecast and
/// u the upside (default 0); "f[/u]*n" repeats a month n times. Exactly twelve months must be written.
/// </summary>
internal static class GivenMonthly
{
    public static YearMonth Month(string text) => YearMonth.Parse(text);

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static MonthForecastLine[] Lines(string month, string spec)
    {
        var first = Month(month);
        var values = new List<(decimal Forecast, decimal Upside)>();
        foreach (var token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split('*');
            var repeat = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
            var amounts = parts[0].Split('/');
            var forecast = decimal.Parse(amounts[0], CultureInfo.InvariantCulture);
            var upside = amounts.Length == 2 ? decimal.Parse(amounts[1], CultureInfo.InvariantCulture) : 0m;
            values.AddRange(Enumerable.Repeat((forecast, upside), repeat));
        }

        if (values.Count != 12)
        {
            throw new ArgumentException($"'{spec}' has {values.Count} months, not 12.", nameof(spec));
        }

        return [.. values.Select((v, i) => new MonthForecastLine(first.AddMonths(i), v.Forecast, v.Upside))];
    }

    public static MonthlyForecast Forecast(string month, string spec, RepId? rep = null, string? submittedAt = null, string? actionPlan = null) =>
        new(Given.Team, rep ?? Given.RepA, Month(month), Lines(month, spec))
        {
            // By default submitted on the Sunday before the due week, 18:00Z (on time for a Monday 07:00 deadline).
            SubmittedAt = submittedAt is null
                ? new DateTimeOffset(MonthlyCalendar.DueWeek(Month(month)).Monday.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero)
                : At(submittedAt),
            ActionPlan = actionPlan,
        };

    public static MonthlyForecastEntry[] Entries(string month, string spec) =>
        [.. Lines(month, spec).Select(l => new MonthlyForecastEntry(l.Month, l.Forecast, l.Upside))];
}
