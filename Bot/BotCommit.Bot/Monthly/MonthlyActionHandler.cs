using System.Text.Json.Nodes;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Hosting;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Monthly;

/// <summary>
/// The monthly card's actions (<c>monthly.*</c>): submit and edit. The rep is the authenticated sender (never card data);
/// their card is prepared for the month of their current review week (<see cref="PrepareMonthlyForecast"/>), the values
/// are read (<see cref="MonthlyForecastParser"/>) and recorded (<see cref="RecordMonthlyForecast"/>). Unreadable values or
/// broken rules come back as the same card with the rep's entries and a message under each field; nothing is half-saved.
/// </summary>
internal sealed class MonthlyActionHandler(
    PrepareMonthlyForecast prepare,
    RecordMonthlyForecast record,
    ILogger<MonthlyActionHandler> logger) : ICardActionHandler
{
    public string VerbPrefix => MonthlyForecastVerbs.Prefix;

    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        try
        {
            var view = activity.From?.AadObjectId is { Length: > 0 and <= RepId.MaxLength } sender && !string.IsNullOrWhiteSpace(sender)
                ? await prepare.ForSenderAsync(RepId.From(sender), cancellationToken)
                : null;
            if (view is null)
            {
                return CardActionResult.Message(UserTexts.For(activity).Text(nameof(BotStrings.CheckInNotOnRoster)));
            }

            var locale = CardLocale.ForReader(activity.Locale, view.Team);
            var data = (JsonObject)context.Data.DeepClone();
            data[CardActionRouter.VerbKey] = context.Verb;
            return MonthlyForecastParser.Parse(data, view.Month, view.Team.AmountCeiling, locale.FormatCulture) switch
            {
                MonthlyParseResult.Submitted submitted => await SubmitAsync(view, submitted, locale, cancellationToken),
                MonthlyParseResult.Invalid invalid => Card(MonthlyForecastCard.Build(Typed(view, invalid.Typed, invalid.ActionPlan) with { FieldErrors = invalid.Errors }, locale)),
                MonthlyParseResult.Edit => Card(MonthlyForecastCard.Build(MonthlyForecastCardModel.From(view), locale)),
                _ => Card(
                    MonthlyForecastCard.Build(MonthlyForecastCardModel.From(view), locale),
                    MonthlyTexts.For(activity.Locale, view.Team).Text(nameof(MonthlyBotStrings.MonthlyStaleCard))),
            };
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException || StorageFailures.IsUnavailable(exception, cancellationToken))
        {
            MonthlyLog.NotSaved(logger, exception, activity.Id);
            return CardActionResult.Message(MonthlyTexts.For(activity.Locale, (string?)null).Text(nameof(MonthlyBotStrings.MonthlySaveFailed)));
        }
    }

    private async Task<CardActionResult> SubmitAsync(MonthlyCheckInView view, MonthlyParseResult.Submitted submitted, CardLocale locale, CancellationToken cancellationToken)
    {
        var result = await record.RecordAsync(view, submitted.Entries, submitted.ActionPlan, cancellationToken);
        if (!result.Accepted)
        {
            var typed = submitted.Entries.Select(e => (Text(e.Forecast), Text(e.Upside))).ToList();
            return Card(MonthlyForecastCard.Build(Typed(view, typed, submitted.ActionPlan) with { Violations = result.Violations }, locale));
        }

        MonthlyLog.Recorded(logger, view.Team.Id.Value, view.Month.ToString(), view.Rep.Id.Value, result.Kind.ToString());
        return Card(MonthlyReceiptCard.Build(MonthlyReceiptModel.From(result), locale));
    }

    /// <summary>The card again with what the rep typed (so nothing they entered is lost).</summary>
    private static MonthlyForecastCardModel Typed(MonthlyCheckInView view, IReadOnlyList<(string? Forecast, string? Upside)> typed, string? actionPlan)
    {
        var model = MonthlyForecastCardModel.From(view);
        return model with
        {
            Rows = [.. model.Rows.Select((row, i) => i < typed.Count ? row with { Forecast = typed[i].Forecast, Upside = typed[i].Upside } : row)],
            ActionPlan = actionPlan,
        };
    }

    private static string? Text(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CardActionResult Card(AdaptiveCard card, string? summary = null) =>
        CardActionResult.ReplaceCard(card.ToJson(), summary ?? card.FallbackText);
}
