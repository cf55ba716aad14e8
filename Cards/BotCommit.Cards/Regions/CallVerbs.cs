using System.Globalization;

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

    /// <summary>
    /// Data key of the listed deals, in slot order: <c>[[rep, deal], …]</c> (a rep id is free text, so it is carried in
    /// the data, not in an input id). Slot <c>n</c>'s category choice is <c>move-{n}</c>, its note <c>move-{n}-note</c>.
    /// </summary>
    public const string DealsKey = "deals";

    /// <summary>The typed deal (one not listed): its id, the category to count it in, the note.</summary>
    public const string TypedDealInput = "move-id";

    public const string TypedCategoryInput = "move-to";

    public const string TypedNoteInput = "move-note";

    /// <summary>The container of the deals behind the "more" toggle.</summary>
    public const string MoreDealsContainer = "more-deals";

    public static string FigureInput(Forecasting.Regions.CallFigure figure) => "figure-" + figure;

    public static string NoteInput(Forecasting.Regions.CallFigure figure) => "note-" + figure;

    public static string MoveInput(int slot) => "move-" + slot.ToString(CultureInfo.InvariantCulture);

    public static string MoveNoteInput(int slot) => MoveInput(slot) + "-note";
}
