using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// The rep's monthly forecast card (personal chat, Adaptive Card 1.5), sent as its own clearly titled message: the month
/// and deadline, one compact row per month (month, forecast, upside; the pipeline hint under it, so it reads on a phone),
/// the action plan line, submit. A refused submission comes back as the same card with what the rep typed and a message
/// under each field concerned.
/// </summary>
public static class MonthlyForecastCard
{
    /// <summary>The layout version written into every action's data; other versions are refused as stale.</summary>
    public const int CardVersion = 1;

    private const string ErrorColor = "Attention";

    public static AdaptiveCard Build(MonthlyForecastCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new MonthlyText(locale);
        var body = new List<CardElement>
        {
            new TextBlock(text.Format(nameof(MonthlyCardStrings.MonthlyTitle), MonthlyText.AsDate(model.Month))) { Size = "Large", Weight = "Bolder" },
            new TextBlock(text.Text(nameof(MonthlyCardStrings.MonthlyIntro))) { IsSubtle = true, Spacing = "Small" },
            new TextBlock(Situation(model, text)) { Spacing = "Small" },
            model.PastDeadline
                ? new TextBlock(text.Format(nameof(MonthlyCardStrings.MonthlyPastDeadline), model.Deadline)) { Color = ErrorColor, Spacing = "Small" }
                : new TextBlock(text.Format(nameof(MonthlyCardStrings.MonthlyDeadline), model.Deadline)) { Spacing = "Small" },
        };
        if (model.ErrorCount > 0)
        {
            body.Add(new TextBlock(text.Format(nameof(MonthlyCardStrings.MonthlyErrorSummary), model.ErrorCount)) { Color = ErrorColor, Weight = "Bolder" });
        }

        body.Add(Header(text));
        for (var i = 0; i < model.Rows.Count; i++)
        {
            body.AddRange(Row(model, i, text));
        }

        body.Add(new TextInput(MonthlyForecastInputs.ActionPlan)
        {
            Label = text.Text(nameof(MonthlyCardStrings.MonthlyActionPlan)),
            Value = model.ActionPlan,
            MaxLength = MonthlyForecast.MaxActionPlanLength,
            Separator = true,
        });
        body.AddRange(Errors(model, MonthlyForecastField.ActionPlan, null, MonthlyForecastInputs.ActionPlan, text));
        body.Add(new ActionSet([Action(text.Text(nameof(MonthlyCardStrings.MonthlySubmitButton)), MonthlyForecastVerbs.Submit, model.Month)]));
        return new AdaptiveCard(body)
        {
            FallbackText = text.Format(nameof(MonthlyCardStrings.MonthlyFallbackText), MonthlyText.AsDate(model.Month)),
        };
    }

    internal static ExecuteAction Action(string title, string verb, YearMonth month)
    {
        var data = new JsonObject
        {
            [ExecuteAction.VerbKey] = verb,
            [MonthlyForecastInputs.CardVersion] = CardVersion,
            [MonthlyForecastInputs.Month] = month.ToString(),
        };
        return new ExecuteAction(title, verb, data);
    }

    private static string Situation(MonthlyForecastCardModel model, MonthlyText text) =>
        model.Submitted ? text.Text(nameof(MonthlyCardStrings.MonthlyEditing))
        : model.Rows.Any(r => r.Forecast is not null) && model.ErrorCount == 0
            ? text.Format(nameof(MonthlyCardStrings.MonthlyPrefilled), MonthlyText.AsDate(model.Month.AddMonths(-1)))
            : text.Text(nameof(MonthlyCardStrings.MonthlyFirst));

    private static ColumnSet Header(MonthlyText text) => new(
    [
        new Column([new TextBlock(text.Text(nameof(MonthlyCardStrings.MonthlyColumnMonth))) { Weight = "Bolder", Size = "Small" }]) { Width = "2" },
        new Column([new TextBlock(text.Text(nameof(MonthlyCardStrings.MonthlyColumnForecast))) { Weight = "Bolder", Size = "Small" }]) { Width = "3" },
        new Column([new TextBlock(text.Text(nameof(MonthlyCardStrings.MonthlyColumnUpside))) { Weight = "Bolder", Size = "Small" }]) { Width = "3" },
    ])
    {
        Separator = true,
    };

    private static IEnumerable<CardElement> Row(MonthlyForecastCardModel model, int index, MonthlyText text)
    {
        var row = model.Rows[index];
        var forecastId = MonthlyForecastInputs.Forecast(index);
        var upsideId = MonthlyForecastInputs.Upside(index);
        var monthName = text.Format(nameof(MonthlyCardStrings.MonthlyRowMonth), MonthlyText.AsDate(row.Month));
        yield return new ColumnSet(
        [
            new Column([new TextBlock(monthName) { Weight = "Bolder" }]) { Width = "2", VerticalContentAlignment = "Center" },
            new Column([new TextInput(forecastId) { Value = row.Forecast, Placeholder = text.Text(nameof(MonthlyCardStrings.MonthlyColumnForecast)), MaxLength = 40 }]) { Width = "3" },
            new Column([new TextInput(upsideId) { Value = row.Upside, Placeholder = text.Text(nameof(MonthlyCardStrings.MonthlyUpsidePlaceholder)), MaxLength = 40 }]) { Width = "3" },
        ])
        {
            Spacing = "Small",
        };
        yield return new TextBlock(text.Hint(row.Hint)) { IsSubtle = true, Size = "Small", Spacing = "None" };
        foreach (var error in Errors(model, MonthlyForecastField.Forecast, row.Month, forecastId, text)
            .Concat(Errors(model, MonthlyForecastField.Upside, row.Month, upsideId, text)))
        {
            yield return error;
        }
    }

    private static IEnumerable<TextBlock> Errors(
        MonthlyForecastCardModel model, MonthlyForecastField field, YearMonth? month, string inputId, MonthlyText text)
    {
        foreach (var error in model.FieldErrors.Where(e => e.InputId == inputId))
        {
            yield return ErrorText(error.Message(text.Cards));
        }

        foreach (var violation in model.Violations.Where(v => v.Field == field && v.Month == month))
        {
            yield return ErrorText(text.Violation(violation));
        }
    }

    private static TextBlock ErrorText(string message) => new(message) { Color = ErrorColor, Size = "Small", Spacing = "None" };
}
