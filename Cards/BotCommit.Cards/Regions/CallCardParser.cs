using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Regions;

/// <summary>
/// Reads a submitted call card (<see cref="CallCard"/>) against the view it is submitted for: the six figures and their
/// notes, and the deal moves — a listed deal whose chosen category differs from the one the card offered it in, and
/// the typed deal (found by its id among the node's deals). Card data is untrusted: unknown or malformed slots are
/// skipped, texts are trimmed; whether a move is allowed is left to the domain's rules.
/// </summary>
public static class CallCardParser
{
    /// <summary>More slots than any card lists are ignored.</summary>
    public const int MaxSlots = 64;

    public static CallCardInput Parse(JsonObject data, CallCardView view)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(view);
        var errors = new List<CallCardError>();
        var figures = new Dictionary<CallFigure, decimal>();
        var notes = new Dictionary<CallFigure, string>();
        foreach (var figure in CallFigures.All)
        {
            var raw = Text(data, CallVerbs.FigureInput(figure));
            if (!string.IsNullOrWhiteSpace(raw))
            {
                if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    figures[figure] = value;
                }
                else
                {
                    errors.Add(new CallCardError(CallCardErrorKind.FigureNotANumber, figure));
                }
            }

            if (Note(data, CallVerbs.NoteInput(figure)) is { Length: > 0 } note)
            {
                notes[figure] = note;
            }
        }

        var moves = new List<DealMoveRequest>();
        foreach (var (slot, rep, deal) in Slots(data))
        {
            var chosen = Text(data, CallVerbs.MoveInput(slot));
            if (string.IsNullOrWhiteSpace(chosen))
            {
                continue;
            }

            if (!TryCategory(chosen, out var to))
            {
                errors.Add(new CallCardError(CallCardErrorKind.NotACategory, null, deal.Value));
                continue;
            }

            var shown = view.Deals.FirstOrDefault(d => d.Rep == rep && d.Deal.Id == deal);
            if (shown is null || shown.Deal.Category != to)
            {
                moves.Add(new DealMoveRequest(rep, deal, to, Note(data, CallVerbs.MoveNoteInput(slot)) ?? string.Empty));
            }
        }

        if (Text(data, CallVerbs.TypedDealInput)?.Trim() is { Length: > 0 } typed)
        {
            var named = typed.Length > DealId.MaxLength ? typed[..DealId.MaxLength] : typed;
            var matches = view.Deals.Where(d => string.Equals(d.Deal.Id.Value, typed, StringComparison.OrdinalIgnoreCase)).ToList();
            var chosen = Text(data, CallVerbs.TypedCategoryInput);
            if (matches.Count == 0)
            {
                errors.Add(new CallCardError(CallCardErrorKind.UnknownDeal, null, named));
            }
            else if (matches.Select(m => m.Rep).Distinct().Count() > 1)
            {
                errors.Add(new CallCardError(CallCardErrorKind.AmbiguousDeal, null, named));
            }
            else if (string.IsNullOrWhiteSpace(chosen))
            {
                errors.Add(new CallCardError(CallCardErrorKind.NoCategory, null, named));
            }
            else if (!TryCategory(chosen, out var to))
            {
                errors.Add(new CallCardError(CallCardErrorKind.NotACategory, null, named));
            }
            else
            {
                moves.Add(new DealMoveRequest(matches[0].Rep, matches[0].Deal.Id, to, Note(data, CallVerbs.TypedNoteInput) ?? string.Empty));
            }
        }

        return new CallCardInput(figures, notes, moves, errors);
    }

    /// <summary>The listed deals from the card's data: <c>[[rep, deal], …]</c>; malformed entries are skipped.</summary>
    private static IEnumerable<(int Slot, RepId Rep, DealId Deal)> Slots(JsonObject data)
    {
        if (!data.TryGetPropertyValue(CallVerbs.DealsKey, out var node) || node is not JsonArray slots)
        {
            yield break;
        }

        for (var slot = 0; slot < Math.Min(slots.Count, MaxSlots); slot++)
        {
            if (slots[slot] is JsonArray { Count: 2 } pair
                && pair[0] is JsonValue repValue && repValue.TryGetValue<string>(out var rep) && !string.IsNullOrWhiteSpace(rep) && rep.Length <= RepId.MaxLength
                && pair[1] is JsonValue dealValue && dealValue.TryGetValue<string>(out var deal) && DealId.TryFrom(deal, out var dealId))
            {
                yield return (slot, RepId.From(rep), dealId);
            }
        }
    }

    private static bool TryCategory(string text, out ForecastCategory category)
    {
        category = text.Trim() switch
        {
            nameof(ForecastCategory.Commit) => ForecastCategory.Commit,
            nameof(ForecastCategory.Upside) => ForecastCategory.Upside,
            nameof(ForecastCategory.Pipeline) => ForecastCategory.Pipeline,
            _ => ForecastCategory.Unknown,
        };
        return category != ForecastCategory.Unknown;
    }

    private static string? Note(JsonObject data, string key) => Text(data, key)?.Trim() is { Length: > 0 } note ? note : null;

    private static string? Text(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value
            ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
            : null;
}
