using BotCommit.Cards.Elements;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// The rep's weekly check-in card (personal chat, Adaptive Card 1.5): totals, "No changes — confirm as is", each deal
/// as a one-line summary whose inputs open with "Edit", "Add a new deal" (returns the card with one more slot),
/// away/skip, submit. Long deal lists are paged (<see cref="PageSize"/> deals a page) so a page stays under the 40 KB
/// size advice; values typed on other pages travel along as hidden inputs.
/// </summary>
public static class CheckInCard
{
    /// <summary>The layout version written into every action's data; other versions are refused as stale.</summary>
    public const int CardVersion = 1;

    /// <summary>Deals shown (with their inputs) per page.</summary>
    public const int PageSize = 6;

    /// <summary>Most new-deal slots one card holds.</summary>
    public const int MaxNewDealSlots = 5;

    public static AdaptiveCard Build(CheckInCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        return new CheckInCardWriter(model, locale).Write();
    }
}
