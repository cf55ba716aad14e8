namespace BotCommit.Cards.Regions;

/// <summary>The verbs of a manager's call card (sent as the <c>Action.Execute</c> verb and inside the data).</summary>
public static class CallVerbs
{
    public const string Prefix = "call.";

    public const string Submit = "call.submit";

    /// <summary>
    /// Data keys: the node and the week the card is for; figure inputs are <c>figure-{Figure}</c>, notes <c>note-{Figure}</c>
    /// (plain ids with a dash, as the check-in card's inputs).
    /// </summary>
    public const string NodeKey = "node";

    public const string WeekKey = "week";

    public static string FigureInput(Forecasting.Regions.CallFigure figure) => "figure-" + figure;

    public static string NoteInput(Forecasting.Regions.CallFigure figure) => "note-" + figure;
}
