using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>A deal movement in words: "slipped 12/4/2026 → 12/18/2026 · −50,000" (From/To from the domain's invariant text).</summary>
internal static class MovementText
{
    /// <param name="locale">The reader's language.</param>
    /// <param name="movement">The movement.</param>
    /// <param name="repName">A rep's name for people (the giver of a reassigned deal), or null to show the id.</param>
    public static string Describe(CardLocale locale, DealMovement movement, Func<string, string?>? repName = null)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var what = movement.Kind switch
        {
            MovementKind.NewInCommit => locale.Format(nameof(CardStrings.SummaryMoveNewInCommit), SummaryDisplay.CategoryText(locale, movement.From)),
            MovementKind.DroppedFromCommit => locale.Format(nameof(CardStrings.SummaryMoveDroppedFromCommit), SummaryDisplay.CategoryText(locale, movement.To)),
            MovementKind.Slipped => locale.Format(
                nameof(CardStrings.SummaryMoveSlipped), SummaryDisplay.InvariantDate(locale, movement.From), SummaryDisplay.InvariantDate(locale, movement.To)),
            MovementKind.PulledIn => locale.Format(
                nameof(CardStrings.SummaryMovePulledIn), SummaryDisplay.InvariantDate(locale, movement.From), SummaryDisplay.InvariantDate(locale, movement.To)),
            MovementKind.AmountUp => locale.Format(
                nameof(CardStrings.SummaryMoveAmountUp), SummaryDisplay.InvariantAmount(locale, movement.From), SummaryDisplay.InvariantAmount(locale, movement.To)),
            MovementKind.AmountDown => locale.Format(
                nameof(CardStrings.SummaryMoveAmountDown), SummaryDisplay.InvariantAmount(locale, movement.From), SummaryDisplay.InvariantAmount(locale, movement.To)),
            MovementKind.Won => locale.Text(nameof(CardStrings.SummaryMoveWon)),
            MovementKind.Lost => locale.Text(nameof(CardStrings.SummaryMoveLost)),
            MovementKind.ReassignedFrom => locale.Format(
                nameof(CardStrings.SummaryMoveReassignedFrom),
                repName?.Invoke(movement.From) ?? SummaryDisplay.Short(movement.From, SummaryDisplay.MaxNameLength),
                SummaryDisplay.CategoryText(locale, movement.To)),
            _ => throw new ArgumentOutOfRangeException(nameof(movement), movement.Kind, "Unknown movement kind."),
        };
        return locale.Format(nameof(CardStrings.SummaryMoveLine), what, SummaryDisplay.SignedAmount(locale, movement.AmountDelta));
    }
}
