using System.Text.Json.Nodes;
using BotCommit.Cards.Admin;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Regions;

/// <summary>
/// A node manager's weekly call: the six figures pre-filled with the call as it stands (the roll-up until they call),
/// the roll-up beside each, a note per figure (needed where the call differs from the roll-up); then the open deals
/// under the node, biggest first, each with the category the call counts it in (pre-filled: the category the calls
/// below count it in, or this call's earlier move) and a note (needed for a move) — <see cref="ListedDeals"/> shown,
/// up to <see cref="MaxMoreDeals"/> more behind a toggle (fewer when the card would pass <see cref="MaxCardBytes"/>),
/// any other by its typed id; and Submit. After a submission the
/// same card with the receipt (<paramref name="receipt"/>) replaces it. <see cref="CallCardParser"/> reads it back.
/// </summary>
public static class CallCard
{
    /// <summary>Deals listed at once (the deals this call already moved are always listed, first).</summary>
    public const int ListedDeals = 5;

    /// <summary>Deals behind the "more" toggle; smaller deals are moved by typing their id.</summary>
    public const int MaxMoreDeals = 15;

    private const int MaxDealPart = 30;

    private static readonly ForecastCategory[] s_open = [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline];

    /// <summary>Under Teams' advised size with room for the activity around the card.</summary>
    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    public static AdaptiveCard Build(CallCardView view, CardLocale locale, string? receipt = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(locale);

        // Long deal names (above all in Chinese, or full of characters the wire escapes) cost more: fewer deals go behind
        // the toggle, and the typed id reaches the rest.
        var more = MaxMoreDeals;
        var card = Build(view, locale, receipt, more);
        while (more > 0 && CardSize.Utf16Bytes(card.ToJson()) > MaxCardBytes)
        {
            more = Math.Max(0, more - 3);
            card = Build(view, locale, receipt, more);
        }

        return card;
    }

    private static AdaptiveCard Build(CallCardView view, CardLocale locale, string? receipt, int maxMore)
    {
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

        var slots = new JsonArray();
        body.AddRange(Moves(view, locale, slots, maxMore));
        var data = new JsonObject { [CallVerbs.NodeKey] = view.Node.Id.Value, [CallVerbs.WeekKey] = view.Period.Week.ToString(), [CallVerbs.DealsKey] = slots };
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(locale.Text(nameof(CardStrings.CallCardSubmit)), CallVerbs.Submit, data)],
            FallbackText = title,
        };
    }

    /// <summary>The deals section; fills <paramref name="slots"/> with <c>[rep, deal]</c> per listed deal, in slot order.</summary>
    private static IEnumerable<CardElement> Moves(CallCardView view, CardLocale locale, JsonArray slots, int maxMore)
    {
        var open = view.Deals.Where(d => d.Deal.IsOpen).ToList();
        if (open.Count == 0)
        {
            yield break;
        }

        var moved = (view.Latest?.Moves ?? []).ToDictionary(m => (m.Rep, m.Deal));
        var ordered = open
            .OrderByDescending(d => moved.ContainsKey((d.Rep, d.Deal.Id)))
            .ThenByDescending(d => d.Deal.Amount)
            .ThenBy(d => d.Deal.CloseDate)
            .ThenBy(d => d.Rep.Value, StringComparer.Ordinal)
            .ThenBy(d => d.Deal.Id.Value, StringComparer.Ordinal)
            .ToList();
        var listed = Math.Max(ListedDeals, moved.Count);
        var more = Math.Min(maxMore, Math.Max(0, ordered.Count - listed));
        yield return new TextBlock(locale.Text(nameof(CardStrings.CallCardMovesHeader))) { Weight = "Bolder", Separator = true, Spacing = "Large" };
        yield return new TextBlock(locale.Text(nameof(CardStrings.CallCardMovesIntro))) { IsSubtle = true, Wrap = true, Spacing = "Small" };
        for (var i = 0; i < Math.Min(listed, ordered.Count); i++)
        {
            foreach (var element in Slot(ordered[i], i, moved, view, locale, slots))
            {
                yield return element;
            }
        }

        if (more > 0)
        {
            yield return new ActionSet([new ToggleVisibilityAction(locale.Format(nameof(CardStrings.CallCardMovesMore), more), [CallVerbs.MoreDealsContainer])]);
            yield return new Container([.. Enumerable.Range(listed, more).SelectMany(i => Slot(ordered[i], i, moved, view, locale, slots))])
            {
                Id = CallVerbs.MoreDealsContainer,
                IsVisible = false,
            };
        }

        var unlisted = ordered.Count - listed - more;
        if (unlisted > 0)
        {
            yield return new TextBlock(locale.Format(nameof(CardStrings.CallCardMovesTyped), unlisted)) { IsSubtle = true, Wrap = true, Separator = true };
            yield return new ColumnSet(
            [
                new Column([new TextInput(CallVerbs.TypedDealInput) { Label = locale.Text(nameof(CardStrings.CallCardMoveTypedId)), MaxLength = DealId.MaxLength }]) { Width = "1" },
                new Column([new ChoiceSetInput(CallVerbs.TypedCategoryInput, Choices(locale)) { Label = locale.Text(nameof(CardStrings.CallCardMoveCategoryLabel)) }]) { Width = "1" },
                new Column([NoteInput(CallVerbs.TypedNoteInput, null, locale)]) { Width = "2" },
            ]);
        }
    }

    private static IEnumerable<CardElement> Slot(
        CallableDeal deal, int slot, Dictionary<(Forecasting.Teams.RepId, DealId), MovedDeal> moved, CallCardView view, CardLocale locale, JsonArray slots)
    {
        slots.Add(new JsonArray(deal.Rep.Value, deal.Deal.Id.Value));
        var earlier = moved.GetValueOrDefault((deal.Rep, deal.Deal.Id));
        yield return new TextBlock(locale.Format(
            nameof(CardStrings.CallCardMoveDeal),
            CheckInText.ShortDealTitle(locale, deal.Deal, MaxDealPart),
            AdminText.Money(locale, deal.Deal.Amount, view.Currency),
            CheckInText.Date(locale, deal.Deal.CloseDate),
            CheckInText.Category(locale, deal.Deal.Category),
            CardText.Escape(deal.Deal.Id.Value)))
        {
            Wrap = true,
            Separator = true,
        };
        yield return new ColumnSet(
        [
            new Column([new ChoiceSetInput(CallVerbs.MoveInput(slot), Choices(locale))
            {
                Label = locale.Text(nameof(CardStrings.CallCardMoveCategoryLabel)),
                Value = (earlier?.To ?? deal.Deal.Category).ToString(),
            }]) { Width = "1" },
            new Column([NoteInput(CallVerbs.MoveNoteInput(slot), earlier?.Note, locale)]) { Width = "2" },
        ])
        {
            Spacing = "Small",
        };
    }

    private static List<Choice> Choices(CardLocale locale) => [.. s_open.Select(c => new Choice(CheckInText.Category(locale, c), c.ToString()))];

    private static TextInput NoteInput(string id, string? value, CardLocale locale) => new(id)
    {
        Label = locale.Text(nameof(CardStrings.CallCardMoveNoteLabel)),
        Placeholder = locale.Text(nameof(CardStrings.CallCardMoveNotePlaceholder)),
        Value = value,
        MaxLength = ManagerCallRules.MaxNoteLength,
    };
}
