using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A manager's call that passed <see cref="ManagerCallRules"/>, as stored: who, when (UTC), the figures they set and the
/// deals they moved. A later submission for the same node and week replaces it as a whole (several managers make one
/// call; the last submitter is named). Its figures are <see cref="Apply"/>'d to the roll-up.
/// </summary>
public sealed record CallSubmission(
    NodeId Node,
    ForecastWeek Week,
    RepId Submitter,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<FigureChange> Changes,
    IReadOnlyList<MovedDeal> Moves)
{
    /// <summary>
    /// The call's figures over <paramref name="rollUp"/>: the roll-up plus the moved deals' effects, then each figure the
    /// manager set replaced by their value (what they typed stands, moves or not).
    /// </summary>
    public CallFigures Apply(CallFigures rollUp)
    {
        ArgumentNullException.ThrowIfNull(rollUp);
        var figures = Moves.Aggregate(rollUp, (sum, move) => sum.Plus(move.Effect));
        return Changes.Aggregate(figures, (current, change) => current.With(change.Figure, change.Value));
    }

    /// <summary>Why <paramref name="figure"/> differs from the roll-up: the manager's note for it, else the notes of the moves that change it.</summary>
    public IReadOnlyList<string> NotesFor(CallFigure figure)
    {
        var change = Changes.FirstOrDefault(c => c.Figure == figure);
        return change is not null ? [change.Note] : [.. Moves.Where(m => m.Effect[figure] != 0m).Select(m => m.Note)];
    }
}
