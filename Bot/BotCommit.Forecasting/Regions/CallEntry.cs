using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A manager's call as entered for node <see cref="Node"/> and week <see cref="Week"/>: the figures they set themselves
/// and the deals they move. Figures not changed follow the roll-up (plus the moved deals). <see cref="Submitter"/> is the
/// authenticated sender, never card data.
/// </summary>
public sealed record CallEntry(
    NodeId Node,
    ForecastWeek Week,
    RepId Submitter,
    IReadOnlyList<FigureChange> Changes,
    IReadOnlyList<DealMoveRequest> Moves)
{
    /// <summary>
    /// The entry from a card that shows all six figures pre-filled with <paramref name="prefill"/> (the roll-up): a
    /// figure counts as changed only when its value differs from the pre-fill, so leaving a figure as it was keeps it
    /// following the roll-up and the moved deals. Notes are looked up per changed figure (missing = empty).
    /// </summary>
    public static CallEntry FromFigures(
        NodeId node,
        ForecastWeek week,
        RepId submitter,
        CallFigures prefill,
        IReadOnlyDictionary<CallFigure, decimal> typed,
        IReadOnlyDictionary<CallFigure, string> notes,
        IReadOnlyList<DealMoveRequest> moves)
    {
        ArgumentNullException.ThrowIfNull(prefill);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(notes);
        var changes = CallFigures.All
            .Where(f => typed.TryGetValue(f, out var value) && value != prefill[f])
            .Select(f => new FigureChange(f, typed[f], notes.GetValueOrDefault(f) ?? string.Empty))
            .ToList();
        return new CallEntry(node, week, submitter, changes, moves);
    }

    /// <summary>
    /// The entry from the call card as <paramref name="view"/> showed it: the figures pre-filled with the call as it stood
    /// (<see cref="CallCardView.Current"/>, which includes the moves and changes of the latest submission), and the deals
    /// with their categories. A figure is a change when its typed value differs from what the card showed, or when the
    /// latest submission had set it (the card showed that value with its note: submitting again keeps it). Any other
    /// figure follows the roll-up and the moves of this entry, so moving a deal without touching the figures moves them.
    /// </summary>
    public static CallEntry FromCard(
        CallCardView view,
        RepId submitter,
        IReadOnlyDictionary<CallFigure, decimal> typed,
        IReadOnlyDictionary<CallFigure, string> notes,
        IReadOnlyList<DealMoveRequest> moves)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(moves);
        var set = view.Latest?.Changes.Select(c => c.Figure).ToHashSet() ?? [];
        var changes = CallFigures.All
            .Where(f => typed.TryGetValue(f, out var value) && (value != view.Current[f] || set.Contains(f)))
            .Select(f => new FigureChange(f, typed[f], notes.GetValueOrDefault(f) ?? string.Empty))
            .ToList();
        return new CallEntry(view.Node.Id, view.Period.Week, submitter, changes, moves);
    }
}
