using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// Reads a monthly card action's data (the card's data merged with its inputs — untrusted). Amounts are read like the
/// check-in card's (<see cref="CheckInFieldParser.Amount"/>: <c>1,250,000</c>, <c>120万</c>, full-width digits; never
/// guessed); an empty value is null and left to <see cref="MonthlyForecastRules"/> (an empty forecast is missing, an empty
/// upside is 0). Months come from the card's month, never from the data.
/// </summary>
public static class MonthlyForecastParser
{
    public static MonthlyParseResult Parse(JsonObject data, YearMonth month, decimal amountCeiling, CultureInfo? numberCulture)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            if (ReadInt(data, MonthlyForecastInputs.CardVersion) != MonthlyForecastCard.CardVersion
                || !YearMonth.TryParse(Read(data, MonthlyForecastInputs.Month), out var cardMonth)
                || cardMonth != month)
            {
                return new MonthlyParseResult.Stale();
            }

            var verb = Read(data, Elements.ExecuteAction.VerbKey);
            if (verb == MonthlyForecastVerbs.Edit)
            {
                return new MonthlyParseResult.Edit();
            }

            if (verb != MonthlyForecastVerbs.Submit)
            {
                return new MonthlyParseResult.Stale();
            }

            var errors = new List<FieldError>();
            var entries = new List<MonthlyForecastEntry>(MonthlyCalendar.MonthsCovered);
            var typed = new List<(string?, string?)>(MonthlyCalendar.MonthsCovered);
            for (var i = 0; i < MonthlyCalendar.MonthsCovered; i++)
            {
                var forecastText = Read(data, MonthlyForecastInputs.Forecast(i));
                var upsideText = Read(data, MonthlyForecastInputs.Upside(i));
                typed.Add((forecastText, upsideText));
                entries.Add(new MonthlyForecastEntry(
                    month.AddMonths(i),
                    Amount(MonthlyForecastInputs.Forecast(i), forecastText, amountCeiling, numberCulture, errors),
                    Amount(MonthlyForecastInputs.Upside(i), upsideText, amountCeiling, numberCulture, errors)));
            }

            var plan = Read(data, MonthlyForecastInputs.ActionPlan);
            return errors.Count > 0
                ? new MonthlyParseResult.Invalid(errors, typed, plan)
                : new MonthlyParseResult.Submitted(entries, plan);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            // Duplicate keys or broken text in the data: no card writes that. Treat it as an old card.
            return new MonthlyParseResult.Stale();
        }
    }

    private static decimal? Amount(string inputId, string? raw, decimal ceiling, CultureInfo? culture, List<FieldError> errors) =>
        string.IsNullOrWhiteSpace(raw) ? null : CheckInFieldParser.Amount(inputId, raw, ceiling, culture, errors);

    private static string? Read(JsonObject data, string key)
    {
        if (!data.TryGetPropertyValue(key, out var node) || node is null)
        {
            return null;
        }

        return CheckInFieldParser.WellFormed(node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : node.ToJsonString());
    }

    private static int? ReadInt(JsonObject data, string key) =>
        int.TryParse(Read(data, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
