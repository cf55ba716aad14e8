using System.Text.Json.Nodes;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Regions;

/// <summary>
/// A node manager's weekly call: the six figures pre-filled with the call as it stands (the roll-up until they call),
/// the roll-up beside each, a note per figure (needed where the call differs from the roll-up), and Submit; after a
/// submission the same card with the receipt (<paramref name="receipt"/>) replaces it. Deal moves
/// are not on the card yet (the domain accepts them).
/// </summary>
public static class CallCard
{
    public static AdaptiveCard Build(CallCardView view, CardLocale locale, string? receipt = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.Format(nameof(CardStrings.CallCardTitle), CardText.Escape(view.Node.Name), view.Period.Week);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder", Wrap = true },
            new TextBlock(locale.Format(nameof(CardStrings.CallCardIntro), view.Window.Deadline)) { IsSubtle = true, Wrap = true, Spacing = "Small" },
        };
        if (receipt is not null)
        {
            body.Add(new TextBlock(receipt) { Color = "Good", Weight = "Bolder", Wrap = true });
        }

        if (view.Latest is { } latest)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.CallCardLatest), latest.SubmittedAt)) { Color = "Good", Wrap = true });
        }

        foreach (var figure in CallFigures.All)
        {
            var name = locale.Text("CallFigure" + figure);
            body.Add(new NumberInput(CallVerbs.FigureInput(figure))
            {
                Label = locale.Format(nameof(CardStrings.CallCardFigureLabel), name, AdminText.Money(locale, view.RollUp[figure], view.Currency)),
                Value = view.Current[figure],
                Min = 0m,
                Separator = true,
            });
            body.Add(new TextInput(CallVerbs.NoteInput(figure))
            {
                Placeholder = locale.Text(nameof(CardStrings.CallCardNotePlaceholder)),
                Value = view.Latest?.NotesFor(figure) is [var note, ..] && view.Latest.Changes.Any(c => c.Figure == figure) ? note : null,
                MaxLength = ManagerCallRules.MaxNoteLength,
            });
        }

        var data = new JsonObject { [CallVerbs.NodeKey] = view.Node.Id.Value, [CallVerbs.WeekKey] = view.Period.Week.ToString() };
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(locale.Text(nameof(CardStrings.CallCardSubmit)), CallVerbs.Submit, data)],
            FallbackText = title,
        };
    }
}
